import { matchAccountHolderName, normalisePersonName } from './account-name-match.rules';

describe('normalisePersonName', () => {
  it.each([
    ['H. Samsul Mahmud', 'samsul mahmud'],
    ['Hj. SITI  AMINAH', 'siti aminah'],
    ['Drs. H. Ahmad Yani, M.Pd.', 'ahmad yani'],
    ['Nurhayati, S.Pd', 'nurhayati'],
    ['Ibu Ratna Sari S.E.', 'ratna sari'],
    ["Andi Muh. Ta'if", 'andi muh taif'],
    ['  Bpk  La  Ode   Halim ', 'la ode halim'],
    ['Sri Wahyuni Amd.Keb', 'sri wahyuni'],
  ])('%s → %s', (name, normalised) => {
    expect(normalisePersonName(name)).toBe(normalised);
  });

  it('keeps a lone word even when it looks like a title', () => {
    expect(normalisePersonName('Ibu')).toBe('ibu');
  });
});

describe('matchAccountHolderName', () => {
  it('matches names that differ only in case, spacing, punctuation, honorifics and degrees', () => {
    expect(matchAccountHolderName('Hj. Siti Aminah, S.Pd.', 'SITI AMINAH').result).toBe('match');
    expect(matchAccountHolderName("Andi Ma'ruf", 'ANDI MARUF').result).toBe('match');
    expect(matchAccountHolderName('Nur Hayati', 'NURHAYATI').result).toBe('match');
  });

  it('sends a missing word, a different order, a truncation or another person to an officer', () => {
    expect(matchAccountHolderName('Siti Aminah', 'Aminah Siti')).toEqual({
      result: 'needs-manual-confirmation',
      normalisedExpected: 'siti aminah',
      normalisedAccountHolder: 'aminah siti',
    });
    expect(matchAccountHolderName('Muhammad Arif Rahman', 'MUHAMMAD ARIF').result).toBe('needs-manual-confirmation');
    expect(matchAccountHolderName('Muhammad Arif', 'Muh. Arif').result).toBe('needs-manual-confirmation');
    expect(matchAccountHolderName('Siti Aminah', 'Siti Aisyah').result).toBe('needs-manual-confirmation');
  });

  it('never matches two empty names', () => {
    expect(matchAccountHolderName('', ' , ').result).toBe('needs-manual-confirmation');
  });
});
