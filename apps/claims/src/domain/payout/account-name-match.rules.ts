/**
 * Payouts go by bank transfer to an account in the payee's own name (RULES.md §6). Bank account
 * names and KTP names differ in harmless ways — case, spacing, punctuation, honorifics such as
 * "H." or "Hj.", academic degrees such as ", S.Pd." — and in ways that matter. This check forgives
 * only the harmless ones; anything else goes to an officer, never to an automatic payment.
 */
export interface AccountNameMatch {
  result: 'match' | 'needs-manual-confirmation';
  /** Both names as compared, for the officer's screen. */
  normalisedExpected: string;
  normalisedAccountHolder: string;
}

/** Honorifics and titles that precede a name; removed only from the front. */
const LEADING_TITLES = new Set([
  'bapak',
  'bpk',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'saudara',
  'saudari',
  'tn',
  'tuan',
  'ny',
  'nyonya',
  'nn',
  'nona',
  'mr',
  'mrs',
  'ms',
  'h',
  'hj',
  'haji',
  'hajah',
  'hajjah',
  'kh',
  'ust',
  'ustadz',
  'ustazah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
]);

/** Academic and professional degrees that follow a name; removed only from the end. */
const TRAILING_DEGREES = new Set([
  'spd',
  'spdi',
  'sh',
  'se',
  'st',
  'skom',
  'ssos',
  'sag',
  'sip',
  'ssi',
  'sked',
  'skm',
  'skep',
  'sfarm',
  'sp',
  'sthi',
  'ssit',
  'mm',
  'mpd',
  'msi',
  'mh',
  'mkes',
  'msc',
  'mba',
  'mt',
  'mag',
  'phd',
  'amd',
  'amdkeb',
  'amdkep',
  'apt',
  'ners',
  'bsc',
]);

export function normalisePersonName(name: string): string {
  const beforeDegrees = name.split(',')[0] ?? '';
  const tokens = beforeDegrees
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/[^a-z0-9]/g, ''))
    .filter((token) => token.length > 0);
  while (tokens.length > 1 && LEADING_TITLES.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && TRAILING_DEGREES.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.join(' ');
}

/**
 * Compares the payee's name (KTP) with the account holder's name from the bank's inquiry. Equal
 * after normalisation → 'match'. Names that differ only in where the spaces fall ("Nurhayati" /
 * "Nur Hayati", common in Indonesian spelling) also match. Everything else — a missing word, a
 * different order, a truncated name — needs an officer's confirmation.
 */
export function matchAccountHolderName(expectedName: string, accountHolderName: string): AccountNameMatch {
  const normalisedExpected = normalisePersonName(expectedName);
  const normalisedAccountHolder = normalisePersonName(accountHolderName);
  const sameName =
    normalisedExpected.length > 0 && normalisedExpected.replace(/ /g, '') === normalisedAccountHolder.replace(/ /g, '');
  return { result: sameName ? 'match' : 'needs-manual-confirmation', normalisedExpected, normalisedAccountHolder };
}
