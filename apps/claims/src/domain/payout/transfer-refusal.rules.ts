/** A refusal recorded without a usable code from the bank. */
export const UNSPECIFIED_REFUSAL = 'BANK_REJECTED';

const REASON_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The bank's reason for refusing a transfer, kept only as a code (ACCOUNT_CLOSED,
 * BENEFICIARY_INVALID...). Free text may name the payee or the account, so anything that is not a
 * code becomes BANK_REJECTED: no personal data reaches the claim, its events or the logs.
 */
export function transferRefusalCode(reason: string | undefined): string {
  const code = reason?.trim().toUpperCase();
  return code && REASON_CODE.test(code) ? code : UNSPECIFIED_REFUSAL;
}
