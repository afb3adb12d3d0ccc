import { couldBeSamePersonName, normaliseName } from './person-name.rules';

describe('normaliseName', () => {
  it.each([
    ['  AHMAD   Yusuf ', 'ahmad yusuf'],
    ["Ma'ruf Amin", 'maruf amin'],
    ['Abdul-Rahman', 'abdul rahman'],
    ['José Ramos', 'jose ramos'],
    ['H. Ahmad Yusuf', 'ahmad yusuf'],
    ['H Ahmad Yusuf', 'ahmad yusuf'],
    ['H.Ahmad Yusuf', 'ahmad yusuf'],
    ['Hj. Siti Aminah', 'siti aminah'],
    ['Drs. H. Baharuddin', 'baharuddin'],
    ['Prof. Dr. Ir. Andi Baso', 'andi baso'],
    ['K.H. Abdullah', 'abdullah'],
    ['Andi Baso, S.Pd., M.Si.', 'andi baso'],
    ['Andi Baso S.Pd', 'andi baso'],
    ['Nurlina A.Md.Kep', 'nurlina'],
    ['Muh. Yusuf', 'muhammad yusuf'],
    ['Moh Yusuf', 'muhammad yusuf'],
    ['Mochammad Yusuf', 'muhammad yusuf'],
    ['Abd. Rahman', 'abdul rahman'],
    // Plain names (letters and single spaces) take a shorter path that must agree with the rules above.
    ['Ahmad Yusuf', 'ahmad yusuf'],
    ['HJ Siti Aminah', 'siti aminah'],
    ['Dr Drs H Baharuddin', 'baharuddin'],
    ['Kh Abdullah', 'abdullah'],
    ['Muh Yusuf', 'muhammad yusuf'],
    ['MOHAMMAD ABD RAHMAN', 'muhammad abdul rahman'],
    ['Andi Baso Se', 'andi baso se'],
    ['H', ''],
  ])('%s → %s', (raw, normalised) => {
    expect(normaliseName(raw)).toBe(normalised);
  });

  it('keeps noble and clan titles that are part of the legal name', () => {
    expect(normaliseName('Andi Baso Puang Daeng')).toBe('andi baso puang daeng');
  });

  it('keeps undotted capitals at the end, which may be part of a name', () => {
    expect(normaliseName('Ahmad SE')).toBe('ahmad se');
  });

  it('does not strip a degree that is the whole name', () => {
    expect(normaliseName('S.E.')).toBe('s e');
  });
});

describe('couldBeSamePersonName (payout account holder)', () => {
  it('matches the same name written differently', () => {
    expect(couldBeSamePersonName('AHMAD YUSUF', 'H. Ahmad Yusuf')).toBe(true);
  });

  it('matches a holder name the bank cut short', () => {
    expect(couldBeSamePersonName('SITI AMINAH BINTI MUHAM', 'Siti Aminah binti Muhammad Yusuf')).toBe(true);
    expect(couldBeSamePersonName('SITI AMINAH', 'Siti Aminah Binti Ahmad')).toBe(true);
  });

  it('refuses a first name alone, or a last word cut to fewer than 3 letters', () => {
    expect(couldBeSamePersonName('MUHAMMAD', 'Muhammad Yusuf')).toBe(false);
    expect(couldBeSamePersonName('SITI A', 'Siti Aminah')).toBe(false);
  });

  it('refuses someone else', () => {
    expect(couldBeSamePersonName('Baharuddin', 'Ahmad Yusuf')).toBe(false);
    expect(couldBeSamePersonName('Siti Aminah', 'Siti Aisyah')).toBe(false);
  });

  it('matches a single name only exactly', () => {
    expect(couldBeSamePersonName('Sukarno', 'SUKARNO')).toBe(true);
  });

  it('matches the very same name, and never two names with nothing left to compare', () => {
    expect(couldBeSamePersonName('Ahmad Yusuf', 'Ahmad Yusuf')).toBe(true);
    expect(couldBeSamePersonName('', '')).toBe(false);
    expect(couldBeSamePersonName('H.', 'Dr.')).toBe(false);
  });
});
