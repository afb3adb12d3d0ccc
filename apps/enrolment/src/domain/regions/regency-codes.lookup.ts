import {
  KEMENDAGRI_PROVINCES,
  RETIRED_REGENCY_CODES,
  type ProvinceCodes,
  type RetiredRegencyCode,
} from './indonesian-regencies.data';

/** A regency or city code 'PP.RR' (Kemendagri), e.g. '76.04' for Polewali Mandar. */
export type RegencyCode = string;

export const REGENCY_CODE_PATTERN = /^\d{2}\.\d{2}$/;

/** Answers which province and regency codes exist; NIK validation and sponsor checks depend on it. */
export interface RegencyCodeLookup {
  /** The province's name for a two-digit code, or undefined when no such province exists. */
  provinceName(provinceCode: string): string | undefined;
  /** A regency or city in force today: the only kind that can be a tenant. */
  isCurrentRegency(regencyCode: RegencyCode): boolean;
  /** In force today or retired by a split after 2006: acceptable as the first four digits of a NIK. */
  isNikIssuingRegency(regencyCode: RegencyCode): boolean;
}

export function buildRegencyCodeLookup(
  provinces: readonly ProvinceCodes[],
  retired: readonly RetiredRegencyCode[],
): RegencyCodeLookup {
  const provinceNames = new Map(provinces.map((province) => [province.code, province.name]));
  const current = new Set(
    provinces.flatMap((province) =>
      [...province.regencies, ...province.cities].map((n) => `${province.code}.${String(n).padStart(2, '0')}`),
    ),
  );
  const issuing = new Set([...current, ...retired.map((entry) => entry.code)]);
  return {
    provinceName: (provinceCode) => provinceNames.get(provinceCode),
    isCurrentRegency: (regencyCode) => current.has(regencyCode),
    isNikIssuingRegency: (regencyCode) => issuing.has(regencyCode),
  };
}

/** The lookup over the checked-in Kemendagri data; pass it wherever a RegencyCodeLookup is asked for. */
export const KEMENDAGRI_REGENCY_CODES: RegencyCodeLookup = buildRegencyCodeLookup(
  KEMENDAGRI_PROVINCES,
  RETIRED_REGENCY_CODES,
);
