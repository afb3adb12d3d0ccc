import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvalidInputError } from '@jaring/kernel';
import { domainErrorOf } from '../testing/domain-error.helper';
import {
  assertPartnerFacilities,
  facilityPayeeAsOf,
  parsePartnerFacilityRegister,
  partnerFacilityOn,
  PARTNER_FACILITY_COLUMNS,
} from './partner-facility.register';

const HEADER = PARTNER_FACILITY_COLUMNS.join(',');
const EXAMPLE = readFileSync(join(__dirname, '../../../seed/partner-facilities.example.csv'), 'utf8');

describe('the partner-facility register', () => {
  const register = parsePartnerFacilityRegister(EXAMPLE);

  it('reads the example file shipped with the service', () => {
    expect(register.map((row) => [row.code, row.effectiveFrom, row.effectiveUntil])).toEqual([
      ['PLKK-7604-001', '2025-10-06', undefined],
      ['PLKK-7604-002', '2025-10-06', '2026-06-30'],
      ['PLKK-7604-002', '2026-07-01', undefined],
    ]);
    expect(register[0]).toMatchObject({
      name: 'RSUD Polewali Mandar (example)',
      regency: '76.04',
      bankAccount: { bankCode: '126', accountNumber: '1260010000001', holderName: 'RSUD POLEWALI MANDAR' },
    });
  });

  it('lists every problem of a bad file with its line, and refuses overlapping rows of one facility', () => {
    const csv = [
      HEADER,
      'plkk 1,,7604,12,12ab,,2026-13-01,,',
      'PLKK-1,Klinik A,76.04,002,1234567,KLINIK A,2026-01-01,,PKS 1/2026',
      'PLKK-1,Klinik A,76.04,009,7654321,KLINIK A,2026-06-01,,PKS 2/2026',
      'PLKK-2,Klinik B,76.04,002,1234567',
    ].join('\n');
    const error = domainErrorOf(() => parsePartnerFacilityRegister(csv));
    expect(error?.code).toBe('PARTNER_FACILITY_REGISTER_INVALID');
    for (const problem of [
      "line 2: code 'plkk 1'",
      'line 2: name is required',
      "line 2: regency '7604'",
      "line 2: bank_code '12'",
      'line 2: account_number must be 6-20 digits',
      'line 2: account_holder is required',
      "line 2: effective_from '2026-13-01'",
      'line 2: source is required',
      'line 5: 9 columns expected, got 5',
      'facility PLKK-1: the row from 2026-06-01 overlaps the row from 2026-01-01',
    ]) {
      expect(error?.message).toContain(problem);
    }
    expect(domainErrorOf(() => parsePartnerFacilityRegister('code,name\n'))?.message).toContain('the header must be');
  });

  it('finds the row in force on a date, and pays a facility into its latest account even after the partnership ended', () => {
    expect(partnerFacilityOn(register, 'PLKK-7604-002', '2026-06-30')?.bankAccount.bankCode).toBe('002');
    expect(partnerFacilityOn(register, 'PLKK-7604-002', '2026-07-01')?.bankAccount.bankCode).toBe('009');
    expect(partnerFacilityOn(register, 'PLKK-7604-001', '2025-10-05')).toBeUndefined();
    expect(facilityPayeeAsOf(register, 'PLKK-7604-002', '2026-12-07')).toEqual({
      id: 'facility:PLKK-7604-002',
      facilityCode: 'PLKK-7604-002',
      name: 'Puskesmas Wonomulyo (example)',
      bankAccount: { bankCode: '009', accountNumber: '0090010000003', holderName: 'PUSKESMAS WONOMULYO' },
    });
    const ended = parsePartnerFacilityRegister(
      `${HEADER}\nPLKK-9,Klinik C,76.04,002,1234567,KLINIK C,2026-01-01,2026-03-31,PKS 9/2026`,
    );
    expect(facilityPayeeAsOf(ended, 'PLKK-9', '2026-12-07')?.bankAccount.accountNumber).toBe('1234567');
    expect(facilityPayeeAsOf(register, 'PLKK-0000', '2026-12-07')).toBeUndefined();
  });

  it('accepts invoices only of facilities that were partners on the incident date, naming each other one', () => {
    const invoice = (facilityCode: string) => ({ facilityCode, amount: 1_000_000, invoiceReference: 'INV-1' });
    expect(() => assertPartnerFacilities([invoice('PLKK-7604-001')], register, '2026-03-02')).not.toThrow();
    const error = domainErrorOf(() =>
      assertPartnerFacilities([invoice('PLKK-7604-001'), invoice('PLKK-9999')], register, '2025-10-01'),
    ) as InvalidInputError;
    expect(error.violations.map((violation) => [violation.field, violation.code])).toEqual([
      ['partnerCare.0.facilityCode', 'PARTNER_FACILITY_UNKNOWN'],
      ['partnerCare.1.facilityCode', 'PARTNER_FACILITY_UNKNOWN'],
    ]);
  });
});
