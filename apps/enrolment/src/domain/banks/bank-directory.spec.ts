import { parseBankCsv } from './bank-directory';
import { seedBankDirectory } from '../testing/enrolment.builders';

describe('the bank table', () => {
  it('knows the banks officers in Polewali Mandar write by name, and every code it lists', () => {
    const banks = seedBankDirectory();
    expect(['BRI', 'BNI', 'Mandiri', 'BSI', 'Bank Sulselbar'].map((name) => banks.codeFor(name))).toEqual([
      '002',
      '009',
      '008',
      '451',
      '126',
    ]);
    for (const bank of banks.banks) expect(banks.codeFor(bank.code)).toBe(bank.code);
    expect(banks.codeFor('bank bri')).toBe('002');
    expect(banks.codeFor('Bank Antah Berantah')).toBeUndefined();
  });

  it('refuses a table where one name means two banks, or a code that is not 3 digits', () => {
    expect(() => parseBankCsv('code,name,also_written\n002,Bank A,BRI\n009,Bank B,BRI\n')).toThrow(
      "'bri' names both bank 002 and bank 009",
    );
    expect(() => parseBankCsv('code,name,also_written\n2,Bank A,\n')).toThrow("bank code '2' is not 3 digits");
    expect(() => parseBankCsv('code,name\n002,Bank A\n')).toThrow('no also_written column');
  });
});
