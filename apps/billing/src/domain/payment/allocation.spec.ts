import { allocateCredit, type CreditLot, type OpenInvoice } from './allocation';
import { assertReversalReason, assertValidPayment } from './payment.rules';

const MARCH: OpenInvoice = { invoiceId: 'inv-03', month: '2026-03', outstanding: 431_995_200 };
const APRIL: OpenInvoice = { invoiceId: 'inv-04', month: '2026-04', outstanding: 431_995_200 };
const lot = (paymentId: string, available: number, paidAt = '2026-03-10T02:00:00Z'): CreditLot => ({
  paymentId,
  paidAt,
  available,
});

describe('allocating payments to invoices', () => {
  it('pays an invoice in full', () => {
    expect(
      allocateCredit({
        lots: [lot('p1', 431_995_200)],
        invoices: [MARCH],
        directed: { paymentId: 'p1', invoiceId: 'inv-03' },
      }),
    ).toEqual([{ paymentId: 'p1', invoiceId: 'inv-03', amount: 431_995_200 }]);
  });

  it('pays the months in order and, within a month, the main invoice before its supplementary ones', () => {
    const supplementary: OpenInvoice = {
      invoiceId: 'a-supplement',
      invoiceNumber: 'JRG-7604-202603-02',
      month: '2026-03',
      outstanding: 16_800,
    };
    const main: OpenInvoice = { ...MARCH, invoiceId: 'z-main', invoiceNumber: 'JRG-7604-202603-01' };
    expect(
      allocateCredit({ lots: [lot('p1', 431_995_200 + 16_800 + 100)], invoices: [APRIL, supplementary, main] }),
    ).toEqual([
      { paymentId: 'p1', invoiceId: 'z-main', amount: 431_995_200 },
      { paymentId: 'p1', invoiceId: 'a-supplement', amount: 16_800 },
      { paymentId: 'p1', invoiceId: 'inv-04', amount: 100 },
    ]);
  });

  it('pays part of an invoice and leaves the rest outstanding', () => {
    expect(allocateCredit({ lots: [lot('p1', 200_000_000)], invoices: [MARCH, APRIL] })).toEqual([
      { paymentId: 'p1', invoiceId: 'inv-03', amount: 200_000_000 },
    ]);
  });

  it('keeps an over-payment as credit (nothing allocated beyond what is owed)', () => {
    const allocations = allocateCredit({
      lots: [lot('p1', 500_000_000)],
      invoices: [MARCH],
      directed: { paymentId: 'p1', invoiceId: 'inv-03' },
    });
    expect(allocations).toEqual([{ paymentId: 'p1', invoiceId: 'inv-03', amount: 431_995_200 }]);
  });

  it('spends a prepayment of three months on invoices as they are issued', () => {
    const prepayment = lot('p1', 3 * 431_995_200, '2026-02-20T03:00:00Z');
    const first = allocateCredit({ lots: [prepayment], invoices: [MARCH] });
    expect(first).toEqual([{ paymentId: 'p1', invoiceId: 'inv-03', amount: 431_995_200 }]);
    const second = allocateCredit({ lots: [{ ...prepayment, available: 2 * 431_995_200 }], invoices: [APRIL] });
    expect(second).toEqual([{ paymentId: 'p1', invoiceId: 'inv-04', amount: 431_995_200 }]);
  });

  it('pays the named invoice first, then the oldest arrears, with the oldest credit first', () => {
    const allocations = allocateCredit({
      lots: [lot('new', 500_000_000, '2026-04-10T00:00:00Z'), lot('old', 100_000_000, '2026-03-01T00:00:00Z')],
      invoices: [APRIL, MARCH],
      directed: { paymentId: 'new', invoiceId: 'inv-04' },
    });
    expect(allocations).toEqual([
      { paymentId: 'new', invoiceId: 'inv-04', amount: 431_995_200 },
      { paymentId: 'old', invoiceId: 'inv-03', amount: 100_000_000 },
      { paymentId: 'new', invoiceId: 'inv-03', amount: 68_004_800 },
    ]);
  });

  it('allocates nothing when nothing is owed or nothing is available', () => {
    expect(allocateCredit({ lots: [lot('p1', 10)], invoices: [] })).toEqual([]);
    expect(allocateCredit({ lots: [lot('p1', 0)], invoices: [MARCH] })).toEqual([]);
  });
});

describe('payment rules', () => {
  const now = new Date('2026-03-10T05:00:00Z');
  const valid = { idempotencyKey: 'pemkab-7604-trx-0001', amount: 16_800, paidAt: '2026-03-10T02:00:00Z' };

  it('accepts a whole positive amount paid at an instant with a zone, not in the future', () => {
    expect(() => assertValidPayment(valid, now)).not.toThrow();
    expect(() => assertValidPayment({ ...valid, paidAt: '2026-03-10T10:00:00+08:00' }, now)).not.toThrow();
  });

  it.each([
    [{ amount: 0 }, 'PAYMENT_AMOUNT_INVALID'],
    [{ amount: 100.5 }, 'PAYMENT_AMOUNT_INVALID'],
    [{ idempotencyKey: 'short' }, 'IDEMPOTENCY_KEY_INVALID'],
    [{ paidAt: '2026-03-10' }, 'PAID_AT_INVALID'],
    [{ paidAt: '2026-03-11T00:00:00Z' }, 'PAID_AT_IN_FUTURE'],
  ])('refuses %p with %s', (change, code) => {
    expect(() => assertValidPayment({ ...valid, ...change }, now)).toThrow(expect.objectContaining({ code }));
  });

  it('needs a reason to reverse a payment', () => {
    expect(assertReversalReason('  transfer was for another regency ')).toBe('transfer was for another regency');
    expect(() => assertReversalReason('oops')).toThrow(expect.objectContaining({ code: 'REVERSAL_REASON_REQUIRED' }));
  });
});
