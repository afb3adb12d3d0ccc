import { arrearsOf, type OwedInvoice } from './finance.types';

const invoice = (
  sponsorId: string,
  month: string,
  paymentStatus: OwedInvoice['paymentStatus'],
  outstanding: number,
): OwedInvoice => ({
  sponsorId,
  tenant: '76.04',
  month,
  dueDate: `${month}-15`,
  outstandingAmount: outstanding,
  paymentStatus,
});

describe('arrears per sponsor', () => {
  it('counts months past due and not fully paid, and marks more than 3 in a row as lapsing', () => {
    const arrears = arrearsOf(
      [
        invoice('pemkab', '2026-07', 'unpaid', 100),
        invoice('pemkab', '2026-08', 'partially-paid', 50),
        invoice('pemkab', '2026-09', 'unpaid', 100),
        invoice('pemkab', '2026-10', 'unpaid', 100),
        invoice('pemkab', '2026-12', 'unpaid', 100),
        invoice('desa', '2026-09', 'unpaid', 10),
        invoice('desa', '2026-11', 'unpaid', 10),
        invoice('desa', '2026-10', 'paid', 0),
      ],
      '2026-12-07',
    );
    expect(arrears).toEqual([
      {
        sponsorId: 'pemkab',
        tenant: '76.04',
        months: ['2026-07', '2026-08', '2026-09', '2026-10'],
        outstanding: 350,
        consecutiveMonths: 4,
        lapsing: true,
      },
      {
        sponsorId: 'desa',
        tenant: '76.04',
        months: ['2026-09', '2026-11'],
        outstanding: 20,
        consecutiveMonths: 1,
        lapsing: false,
      },
    ]);
  });

  it('has nothing for sponsors that paid', () => {
    expect(arrearsOf([invoice('pemkab', '2026-10', 'paid', 0)], '2026-12-07')).toEqual([]);
  });
});
