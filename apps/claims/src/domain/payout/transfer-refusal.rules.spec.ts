import { transferRefusalCode } from './transfer-refusal.rules';

describe('transferRefusalCode', () => {
  it('keeps the bank’s reason code', () => {
    expect(transferRefusalCode('ACCOUNT_CLOSED')).toBe('ACCOUNT_CLOSED');
    expect(transferRefusalCode(' beneficiary_invalid ')).toBe('BENEFICIARY_INVALID');
  });

  it('records anything else as BANK_REJECTED, so no name or account number is kept', () => {
    expect(transferRefusalCode(undefined)).toBe('BANK_REJECTED');
    expect(transferRefusalCode('')).toBe('BANK_REJECTED');
    expect(transferRefusalCode('Rekening a.n. RAHMAWATI 0123456789 ditutup')).toBe('BANK_REJECTED');
    expect(transferRefusalCode('X'.repeat(65))).toBe('BANK_REJECTED');
  });
});
