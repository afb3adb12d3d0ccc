/**
 * Name normalisation for duplicate detection only: the worker's name is always stored exactly as
 * written on the KTP. Two spellings that normalise alike are treated as the same name.
 *
 * What is removed or unified, and why:
 * - case, accents, surplus spaces, punctuation: spreadsheets and officers differ in these only;
 * - apostrophes join the letters around them (Ma'ruf = Maruf) because both spellings occur;
 * - everything after the first comma: Indonesian academic degrees follow a comma
 *   ("Andi Baso, S.Pd., M.Si.");
 * - leading honorifics H., Hj. (haji/hajjah), Dr., Drs., Dra., Ir., Prof., K.H.: often added or
 *   dropped between lists; with or without the dot ("H Ahmad") or glued on ("H.Ahmad");
 * - trailing degrees written with a dot (S.Pd, S.E., A.Md, M.Si) even without a comma;
 * - the common abbreviations and spellings of Muhammad (Muh., Moh., Mhd., Muhamad, Mohammad,
 *   Mochammad...) and Abd. for Abdul, frequent in Sulawesi registers.
 *
 * What is kept: noble and clan titles that are part of the legal name (Andi, Puang, Daeng), word
 * order, and undotted capitals at the end ("Ahmad SE") because they may be part of a name.
 */
export function normaliseName(name: string): string {
  // Pure and called several times per name (duplicate key, lookups, account holder check), in
  // passes over a whole import batch: remember the answers rather than redo the regular expressions.
  const remembered = recentNames.get(name);
  if (remembered !== undefined) return remembered;
  const normalised = PLAIN_NAME.test(name) ? normalisePlain(name) : normalise(name);
  if (recentNames.size >= RECENT_NAMES) recentNames.clear();
  recentNames.set(name, normalised);
  return normalised;
}

/**
 * Names remembered by normaliseName: the two names of each row of an import batch (at most 5,000
 * rows) survive from the batch's validation pass to its duplicate-judging pass. Cleared when full.
 */
const RECENT_NAMES = 16_384;
const recentNames = new Map<string, string>();

/** Latin letters in words separated by single spaces: most names on Pemkab lists. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * What `normalise` gives for a plain name, without its passes for accents, punctuation and dotted
 * titles, none of which a plain name can hold: lower case, no leading honorific, canonical spellings.
 */
function normalisePlain(name: string): string {
  return dropLeadingHonorifics(name.toLowerCase().split(' ')).map(canonicalSpelling).join(' ');
}

function normalise(name: string): string {
  const simplified = stripAccents(name).toLowerCase().split(',')[0] ?? '';
  const tokens = simplified
    .replace(/['’‘`]/g, '')
    .split(/\s+/)
    .filter((token) => token !== '');
  const withoutTitles = dropTrailingDegrees(dropLeadingHonorifics(tokens));
  return withoutTitles
    .join(' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map(canonicalSpelling)
    .join(' ');
}

const MIN_CUT_WORD_LENGTH = 3;

/**
 * True when a bank account holder name can be the worker's name. Banks often shorten a holder
 * name (cut at a fixed length, or only the first names), so beyond equal normalised names this
 * accepts a holder name whose words are the leading words of the worker's (or the reverse), the
 * last one possibly cut short (to no fewer than 3 letters), as long as it keeps at least the
 * first two words of a name that has two or more: "Muhammad" alone is too common to identify
 * "Muhammad Yusuf", and "Siti A" could be Siti Aisyah as well as Siti Aminah.
 */
export function couldBeSamePersonName(a: string, b: string): boolean {
  const [normalisedA, normalisedB] = [normaliseName(a), normaliseName(b)];
  if (normalisedA === normalisedB) return normalisedA !== ''; // the usual case: the holder name is the name
  const [shorter, longer] = [normalisedA, normalisedB]
    .map((name) => name.split(' ').filter((word) => word !== ''))
    .sort((x, y) => x.length - y.length || x.join(' ').length - y.join(' ').length);
  if (shorter === undefined || longer === undefined || shorter.length === 0) return false;
  if (shorter.length < Math.min(2, longer.length)) return false;
  return shorter.every((word, index) => {
    const counterpart = longer[index] ?? '';
    const isCutShort = index === shorter.length - 1 && word.length >= MIN_CUT_WORD_LENGTH;
    return counterpart === word || (isCutShort && counterpart.startsWith(word));
  });
}

const LEADING_HONORIFICS = new Set(['h', 'hj', 'dr', 'drs', 'dra', 'ir', 'prof', 'kh', 'k.h']);

/** Dotted degree abbreviations (lower case, dots kept, final dot dropped). */
const DOTTED_DEGREES = new Set([
  's.pd',
  's.pd.i',
  's.ag',
  's.e',
  's.h',
  's.hi',
  's.ip',
  's.kom',
  's.sos',
  's.t',
  's.p',
  's.pt',
  's.hut',
  's.si',
  's.s',
  's.st',
  's.tr',
  's.ked',
  's.kep',
  's.km',
  's.farm',
  's.ak',
  's.psi',
  'a.md',
  'a.ma',
  'a.md.kep',
  'a.md.keb',
  'm.pd',
  'm.si',
  'm.m',
  'm.h',
  'm.ag',
  'm.kes',
  'm.t',
  'm.kom',
  'm.sc',
  'ph.d',
]);

const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  muh: 'muhammad',
  moh: 'muhammad',
  mhd: 'muhammad',
  mohd: 'muhammad',
  muhamad: 'muhammad',
  muhammad: 'muhammad',
  mohamad: 'muhammad',
  mohammad: 'muhammad',
  mochamad: 'muhammad',
  mochammad: 'muhammad',
  muchammad: 'muhammad',
  muchamad: 'muhammad',
  abd: 'abdul',
};

function dropLeadingHonorifics(tokens: readonly string[]): string[] {
  const remaining = [...tokens];
  for (;;) {
    const first = remaining[0];
    if (first === undefined) return remaining;
    const glued = /^([a-z]+)\.(.+)$/.exec(first);
    if (LEADING_HONORIFICS.has(withoutFinalDot(first))) {
      remaining.shift();
    } else if (glued && LEADING_HONORIFICS.has(glued[1])) {
      remaining[0] = glued[2];
    } else {
      return remaining;
    }
  }
}

function dropTrailingDegrees(tokens: readonly string[]): string[] {
  const remaining = [...tokens];
  while (remaining.length > 1 && DOTTED_DEGREES.has(withoutFinalDot(remaining.at(-1) ?? ''))) {
    remaining.pop();
  }
  return remaining;
}

function withoutFinalDot(token: string): string {
  return token.endsWith('.') ? token.slice(0, -1) : token;
}

function canonicalSpelling(word: string): string {
  return SPELLING_VARIANTS[word] ?? word;
}

function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
