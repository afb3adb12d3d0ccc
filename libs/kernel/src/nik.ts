/** A NIK (Nomor Induk Kependudukan) has 16 digits. */
const NIK_DIGITS = 16;

/**
 * '7604011205900001' → '7604********0001': the issuing regency and serial stay readable for
 * support, the district and birth date are hidden. Anything too short to hide eight characters
 * safely is masked completely; the output is always 16 characters so length is not revealed.
 * Lists show NIKs only this way; the full NIK is for the one record's view.
 */
export function maskNik(nik: string): string {
  if (nik.length < 12) return '*'.repeat(NIK_DIGITS);
  return `${nik.slice(0, 4)}${'*'.repeat(8)}${nik.slice(-4)}`;
}
