import { type KnownPayment, matchStatementCredit, type StatementCredit } from './statement-match.rules';

const MARCH_TOTAL = 431_995_200;
// 12 March 2026 in WITA (UTC+8).
const VALUE_DAY = { from: new Date('2026-03-11T16:00:00Z'), until: new Date('2026-03-12T16:00:00Z') };

const credit = (change: Partial<StatementCredit> = {}): StatementCredit => ({
  sponsorId: 'polman',
  transactionId: 'BNI-0001',
  amount: MARCH_TOTAL,
  valueDay: VALUE_DAY,
  invoiceId: 'inv-03',
  ...change,
});

const payment = (id: string, change: Partial<KnownPayment> = {}): KnownPayment => ({
  id,
  sponsorId: 'polman',
  amount: MARCH_TOTAL,
  paidAt: new Date('2026-03-12T02:00:00Z'),
  invoiceId: 'inv-03',
  bankReference: null,
  statementTransactionId: null,
  status: 'recorded',
  ...change,
});

describe('matching a bank-statement credit to the payments recorded already', () => {
  it('matches the payment finance reported for the same invoice, amount and day', () => {
    expect(matchStatementCredit(credit(), [payment('bpkad')])).toEqual({
      kind: 'matched',
      paymentId: 'bpkad',
      basis: 'invoice',
    });
  });

  it('matches by the bank reference before the invoice, and the oldest among equals', () => {
    const payments = [payment('first'), payment('by-reference', { bankReference: 'BNI-0001', invoiceId: null })];
    expect(matchStatementCredit(credit(), payments)).toMatchObject({
      paymentId: 'by-reference',
      basis: 'bank-reference',
    });
    expect(matchStatementCredit(credit(), [payment('first'), payment('second')])).toMatchObject({ paymentId: 'first' });
  });

  it('matches a transfer naming no invoice to a prepayment naming none', () => {
    expect(matchStatementCredit(credit({ invoiceId: null }), [payment('prepaid', { invoiceId: null })])).toEqual({
      kind: 'matched',
      paymentId: 'prepaid',
      basis: 'no-invoice',
    });
    expect(matchStatementCredit(credit({ invoiceId: null }), [payment('bpkad')])).toEqual({ kind: 'new' });
    expect(matchStatementCredit(credit(), [payment('prepaid', { invoiceId: null })])).toEqual({ kind: 'new' });
  });

  it('knows a transaction linked before, even to a reversed payment', () => {
    const linked = payment('linked', { statementTransactionId: 'BNI-0001', status: 'reversed' });
    expect(matchStatementCredit(credit(), [payment('bpkad'), linked])).toEqual({ kind: 'known', paymentId: 'linked' });
  });

  it('refuses a transaction linked before with another amount', () => {
    const linked = payment('linked', { statementTransactionId: 'BNI-0001', amount: 16_800 });
    expect(matchStatementCredit(credit(), [payment('bpkad'), linked])).toEqual({
      kind: 'conflict',
      paymentId: 'linked',
    });
  });

  it('does not match another sponsor, amount, invoice or day, a reversed payment, or one linked to another transaction', () => {
    const others = [
      payment('other-sponsor', { sponsorId: 'mamuju', bankReference: 'BNI-0001' }),
      payment('other-amount', { amount: MARCH_TOTAL - 16_800 }),
      payment('other-invoice', { invoiceId: 'inv-04' }),
      payment('day-before', { paidAt: new Date('2026-03-11T15:59:59Z') }),
      payment('day-after', { paidAt: VALUE_DAY.until }),
      payment('reversed', { status: 'reversed' }),
      payment('linked-elsewhere', { statementTransactionId: 'BNI-0002' }),
    ];
    expect(matchStatementCredit(credit(), others)).toEqual({ kind: 'new' });
    expect(matchStatementCredit(credit(), [payment('day-start', { paidAt: VALUE_DAY.from })])).toMatchObject({
      kind: 'matched',
      paymentId: 'day-start',
    });
  });

  it('a transaction id known to another sponsor is new for this one', () => {
    expect(
      matchStatementCredit(credit(), [payment('mamuju', { sponsorId: 'mamuju', statementTransactionId: 'BNI-0001' })]),
    ).toEqual({ kind: 'new' });
  });
});
