import { KEMENDAGRI_PROVINCES, RETIRED_REGENCY_CODES } from './indonesian-regencies.data';
import { KEMENDAGRI_REGENCY_CODES as codes } from './regency-codes.lookup';

describe('Kemendagri province and regency codes', () => {
  it('lists the 38 provinces, including the four Papua provinces formed in 2022', () => {
    expect(KEMENDAGRI_PROVINCES).toHaveLength(38);
    expect(['93', '94', '95', '96'].map((code) => codes.provinceName(code))).toEqual([
      'Papua Selatan',
      'Papua Tengah',
      'Papua Pegunungan',
      'Papua Barat Daya',
    ]);
  });

  it('adds up to the 416 regencies and 98 cities in force', () => {
    const count = (kind: 'regencies' | 'cities') =>
      KEMENDAGRI_PROVINCES.reduce((total, province) => total + province[kind].length, 0);
    expect(count('regencies')).toBe(416);
    expect(count('cities')).toBe(98);
  });

  it('numbers regencies from 01 and cities from 71', () => {
    for (const province of KEMENDAGRI_PROVINCES) {
      expect(province.regencies.every((n) => n >= 1 && n < 71)).toBe(true);
      expect(province.cities.every((n) => n >= 71 && n <= 99)).toBe(true);
    }
  });

  it('knows Polewali Mandar and the gaps left by regencies that moved', () => {
    expect(codes.isCurrentRegency('76.04')).toBe(true);
    expect(codes.isCurrentRegency('76.07')).toBe(false);
    expect(codes.isCurrentRegency('73.26')).toBe(true);
    expect(codes.isCurrentRegency('73.19')).toBe(false);
    expect(codes.isCurrentRegency('14.72')).toBe(true);
  });

  it('keeps regency numbers retired by a split valid in NIKs but not as tenants', () => {
    // Tarakan moved from Kalimantan Timur (64.73) to Kalimantan Utara (65.71) in 2012.
    expect(codes.isNikIssuingRegency('64.73')).toBe(true);
    expect(codes.isCurrentRegency('64.73')).toBe(false);
    // Merauke moved from Papua (91.01) to Papua Selatan (93.01) in 2022.
    expect(codes.isNikIssuingRegency('91.01')).toBe(true);
    expect(codes.isNikIssuingRegency('93.01')).toBe(true);
    expect(codes.isNikIssuingRegency('91.29')).toBe(false);
  });

  it('retires only numbers that are no longer in force', () => {
    expect(RETIRED_REGENCY_CODES.filter((entry) => codes.isCurrentRegency(entry.code))).toEqual([]);
  });

  it('retired as many numbers as the new provinces have', () => {
    const movedTo = (province: string) =>
      RETIRED_REGENCY_CODES.filter((entry) => entry.nowInProvince === province).length;
    const sizeOf = (code: string) => {
      const province = KEMENDAGRI_PROVINCES.find((candidate) => candidate.code === code);
      return (province?.regencies.length ?? 0) + (province?.cities.length ?? 0);
    };
    for (const province of ['65', '93', '94', '95', '96']) expect(movedTo(province)).toBe(sizeOf(province));
  });

  it('has no province 20 or 99', () => {
    expect(codes.provinceName('20')).toBeUndefined();
    expect(codes.provinceName('99')).toBeUndefined();
  });
});
