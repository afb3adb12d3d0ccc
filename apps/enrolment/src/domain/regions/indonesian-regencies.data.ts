/**
 * Kemendagri (Ministry of Home Affairs) province and regency/city codes: the first four digits of
 * every NIK. These are NOT the statistics bureau's (BPS) codes, which differ for several regions
 * (e.g. Papua, Riau's Dumai).
 *
 * Source: Kepmendagri 300.2.2-2138/2025 on the codes and data of government regions, as
 * transcribed by the public dataset github.com/cahyadsn/wilayah (db/wilayah_luas.sql, 2025-07).
 * CHECK AGAINST Kepmendagri 300.2.2-2138/2025 (or whichever decree replaces it) before each
 * release, and when a new regency or province is formed.
 *
 * Per province: regency (kabupaten) numbers count up from 01, city (kota) numbers from 71. Gaps
 * are real: a number left behind when a regency moved to a new province is never reused.
 *
 * A NIK never changes, not even when the regency that issued it moves to a new province, so
 * numbers retired by a split stay valid in NIKs: see RETIRED_REGENCY_CODES.
 */
export interface ProvinceCodes {
  /** Two digits, '11'..'96'. */
  readonly code: string;
  readonly name: string;
  /** Kabupaten numbers in force (1 = 'PP.01'). */
  readonly regencies: readonly number[];
  /** Kota numbers in force (71 = 'PP.71'). */
  readonly cities: readonly number[];
}

/** A regency or city number no longer in force whose NIKs are still carried by residents. */
export interface RetiredRegencyCode {
  /** 'PP.RR' as it appears in old NIKs. */
  readonly code: string;
  /** The province the area belongs to now. */
  readonly nowInProvince: string;
  /** The law that moved it. */
  readonly movedBy: string;
}

/** Numbers first..last inclusive; keeps contiguous ranges short and reviewable. */
function numbers(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

export const KEMENDAGRI_PROVINCES: readonly ProvinceCodes[] = [
  { code: '11', name: 'Aceh', regencies: numbers(1, 18), cities: numbers(71, 75) },
  { code: '12', name: 'Sumatera Utara', regencies: numbers(1, 25), cities: numbers(71, 78) },
  { code: '13', name: 'Sumatera Barat', regencies: numbers(1, 12), cities: numbers(71, 77) },
  { code: '14', name: 'Riau', regencies: numbers(1, 10), cities: [71, 72] },
  { code: '15', name: 'Jambi', regencies: numbers(1, 9), cities: [71, 72] },
  { code: '16', name: 'Sumatera Selatan', regencies: numbers(1, 13), cities: numbers(71, 74) },
  { code: '17', name: 'Bengkulu', regencies: numbers(1, 9), cities: [71] },
  { code: '18', name: 'Lampung', regencies: numbers(1, 13), cities: [71, 72] },
  { code: '19', name: 'Kepulauan Bangka Belitung', regencies: numbers(1, 6), cities: [71] },
  { code: '21', name: 'Kepulauan Riau', regencies: numbers(1, 5), cities: [71, 72] },
  { code: '31', name: 'DKI Jakarta', regencies: [1], cities: numbers(71, 75) },
  { code: '32', name: 'Jawa Barat', regencies: numbers(1, 18), cities: numbers(71, 79) },
  { code: '33', name: 'Jawa Tengah', regencies: numbers(1, 29), cities: numbers(71, 76) },
  { code: '34', name: 'Daerah Istimewa Yogyakarta', regencies: numbers(1, 4), cities: [71] },
  { code: '35', name: 'Jawa Timur', regencies: numbers(1, 29), cities: numbers(71, 79) },
  { code: '36', name: 'Banten', regencies: numbers(1, 4), cities: numbers(71, 74) },
  { code: '51', name: 'Bali', regencies: numbers(1, 8), cities: [71] },
  { code: '52', name: 'Nusa Tenggara Barat', regencies: numbers(1, 8), cities: [71, 72] },
  { code: '53', name: 'Nusa Tenggara Timur', regencies: numbers(1, 21), cities: [71] },
  { code: '61', name: 'Kalimantan Barat', regencies: numbers(1, 12), cities: [71, 72] },
  { code: '62', name: 'Kalimantan Tengah', regencies: numbers(1, 13), cities: [71] },
  { code: '63', name: 'Kalimantan Selatan', regencies: numbers(1, 11), cities: [71, 72] },
  // 04, 05, 06, 10 and 73 (Tarakan) moved to Kalimantan Utara in 2012.
  { code: '64', name: 'Kalimantan Timur', regencies: [1, 2, 3, 7, 8, 9, 11], cities: [71, 72, 74] },
  { code: '65', name: 'Kalimantan Utara', regencies: numbers(1, 4), cities: [71] },
  { code: '71', name: 'Sulawesi Utara', regencies: numbers(1, 11), cities: numbers(71, 74) },
  { code: '72', name: 'Sulawesi Tengah', regencies: numbers(1, 12), cities: [71] },
  // No 19-21, 23, 25: by all accounts the regencies that formed Sulawesi Barat in 2004, before nationwide NIKs.
  {
    code: '73',
    name: 'Sulawesi Selatan',
    regencies: [...numbers(1, 18), 22, 24, 26],
    cities: numbers(71, 73),
  },
  { code: '74', name: 'Sulawesi Tenggara', regencies: numbers(1, 15), cities: [71, 72] },
  { code: '75', name: 'Gorontalo', regencies: numbers(1, 5), cities: [71] },
  { code: '76', name: 'Sulawesi Barat', regencies: numbers(1, 6), cities: [] },
  { code: '81', name: 'Maluku', regencies: numbers(1, 9), cities: [71, 72] },
  { code: '82', name: 'Maluku Utara', regencies: numbers(1, 8), cities: [71, 72] },
  // Papua's other regencies moved to Papua Selatan, Papua Tengah and Papua Pegunungan in 2022.
  { code: '91', name: 'Papua', regencies: [3, 5, 6, 10, 11, 15, 19, 20], cities: [71] },
  // Sorong, Sorong Selatan, Raja Ampat, Tambrauw, Maybrat and Kota Sorong moved to Papua Barat Daya in 2022.
  { code: '92', name: 'Papua Barat', regencies: [2, 3, 6, 7, 8, 11, 12], cities: [] },
  { code: '93', name: 'Papua Selatan', regencies: numbers(1, 4), cities: [] },
  { code: '94', name: 'Papua Tengah', regencies: numbers(1, 8), cities: [] },
  { code: '95', name: 'Papua Pegunungan', regencies: numbers(1, 8), cities: [] },
  { code: '96', name: 'Papua Barat Daya', regencies: numbers(1, 5), cities: [71] },
];

const KALIMANTAN_UTARA_LAW = 'UU 20/2012 (Provinsi Kalimantan Utara)';
const PAPUA_SELATAN_LAW = 'UU 14/2022 (Provinsi Papua Selatan)';
const PAPUA_TENGAH_LAW = 'UU 15/2022 (Provinsi Papua Tengah)';
const PAPUA_PEGUNUNGAN_LAW = 'UU 16/2022 (Provinsi Papua Pegunungan)';
const PAPUA_BARAT_DAYA_LAW = 'UU 29/2022 (Provinsi Papua Barat Daya)';

function retired(codes: readonly string[], nowInProvince: string, movedBy: string): RetiredRegencyCode[] {
  return codes.map((code) => ({ code, nowInProvince, movedBy }));
}

/**
 * Numbers retired by province splits after NIKs were issued nationwide (SIAK, from 2006): the
 * people there keep their old NIKs, so these stay acceptable in a NIK. Splits before 2006 (Banten,
 * Bangka Belitung, Gorontalo, Kepulauan Riau, Maluku Utara, Papua Barat, Sulawesi Barat) are not
 * listed: their residents were issued NIKs under the new province's code.
 */
export const RETIRED_REGENCY_CODES: readonly RetiredRegencyCode[] = [
  ...retired(['64.04', '64.05', '64.06', '64.10', '64.73'], '65', KALIMANTAN_UTARA_LAW),
  ...retired(['91.01', '91.16', '91.17', '91.18'], '93', PAPUA_SELATAN_LAW),
  ...retired(['91.04', '91.07', '91.08', '91.09', '91.25', '91.26', '91.27', '91.28'], '94', PAPUA_TENGAH_LAW),
  ...retired(['91.02', '91.12', '91.13', '91.14', '91.21', '91.22', '91.23', '91.24'], '95', PAPUA_PEGUNUNGAN_LAW),
  ...retired(['92.01', '92.04', '92.05', '92.09', '92.10', '92.71'], '96', PAPUA_BARAT_DAYA_LAW),
];
