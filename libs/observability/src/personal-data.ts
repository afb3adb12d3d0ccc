/**
 * Field names whose values identify a person. Log lines never carry them: pino's `redact` uses
 * these paths, and `maskPersonalData` scrubs free text (error messages) for NIK-like numbers.
 */
export const PERSONAL_FIELDS = [
  'nik',
  'fullName',
  'name',
  'holderName',
  'accountNumber',
  'phone',
  'address',
  'kkNumber',
  'birthDate',
] as const;

export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/** 16-digit runs are NIKs or KK numbers: keep the region and serial, hide the birth date. */
export function maskPersonalData(text: string): string {
  return text.replace(/\b(\d{4})\d{8}(\d{4})\b/g, '$1********$2');
}
