import { parseRupiah, readStatementRow } from './bank-statement.rules';

describe('bank statement rows', () => {
  const row = (fields: Record<string, string>) =>
    readStatementRow(1, { transactionId: 'TRX-1', valueDate: '2026-03-10', amount: '431.995.200', ...fields });

  it('reads a credit and the invoice number quoted in its description', () => {
    expect(row({ description: 'PEMBAYARAN IURAN JRG-7604-202603-01' })).toEqual({
      kind: 'credit',
      line: {
        row: 1,
        transactionId: 'TRX-1',
        valueDate: '2026-03-10',
        amount: 431_995_200,
        description: 'PEMBAYARAN IURAN JRG-7604-202603-01',
        invoiceNumber: 'JRG-7604-202603-01',
      },
    });
  });

  it('skips debits and refuses rows it cannot read', () => {
    expect(row({ direction: 'DB' })).toMatchObject({ kind: 'skipped' });
    expect(row({ amount: '-16800' })).toMatchObject({ kind: 'skipped' });
    expect(row({ amount: '16.800,50' })).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('amount') });
    expect(row({ valueDate: '10/03/2026' })).toMatchObject({ kind: 'invalid' });
    expect(readStatementRow(2, { amount: '1' })).toMatchObject({
      kind: 'invalid',
      reason: expect.stringContaining('transactionId'),
    });
  });

  it('reads amounts as banks print them', () => {
    expect(['431995200', '431.995.200', '431,995,200', 'Rp 431.995.200,00', '16800.00'].map(parseRupiah)).toEqual([
      431_995_200, 431_995_200, 431_995_200, 431_995_200, 16_800,
    ]);
    expect(parseRupiah('1.5')).toBeUndefined();
    expect(parseRupiah('abc')).toBeUndefined();
  });
});
