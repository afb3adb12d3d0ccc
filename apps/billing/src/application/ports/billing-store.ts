import type { LocalDate, YearMonth } from '@jaring/calendar';
import type { Rupiah } from '@jaring/kernel';
import type { NewEvent } from '@jaring/messaging';
import type { CumulativeRange, InvoiceKind, PaymentStatus, ReversalRequest, SponsorType } from '../../domain';
import type {
  AllocationRecord,
  BillingRunRecord,
  IncomePrice,
  InvoiceRecord,
  LineBatch,
  LineChunkResult,
  PaymentRecord,
  SponsorAccount,
  SupplementaryBillingState,
  UnpaidRunGroup,
} from './billing-records';

/**
 * Everything a use case does inside ONE database transaction: its state changes and the events it
 * stages in the outbox commit together or not at all. Bulk operations are set-based (one statement
 * per chunk), never row by row.
 */
export interface BillingTransaction {
  /** Serialises the money movements of one sponsor (payments, reversals, issuing) until commit. */
  lockSponsor(sponsorId: string): Promise<void>;
  stage(events: NewEvent<object>[]): Promise<void>;

  sponsor(sponsorId: string): Promise<SponsorAccount | undefined>;

  /**
   * Inserts the run unless one it would duplicate exists (the month's main run; for a supplementary
   * run, one of the same day or one not completed), and then returns that one, locked.
   */
  insertRunIfAbsent(run: BillingRunRecord): Promise<{ run: BillingRunRecord; created: boolean }>;
  /** The facts for a supplementary run of the sponsor's month, read at once. */
  supplementaryBillingState(sponsorId: string, month: YearMonth): Promise<SupplementaryBillingState>;
  run(runId: string): Promise<BillingRunRecord | undefined>;
  updateRun(runId: string, change: Partial<Omit<BillingRunRecord, 'id' | 'sponsorId' | 'month'>>): Promise<void>;

  invoice(invoiceId: string): Promise<InvoiceRecord | undefined>;
  invoiceByNumber(invoiceNumber: string): Promise<InvoiceRecord | undefined>;
  /**
   * The next free sequence number of invoices for this regency and month, kept from other
   * transactions until this one ends: create the invoice in the same transaction.
   */
  nextInvoiceSequence(tenant: string, month: YearMonth): Promise<number>;
  createInvoice(invoice: {
    id: string;
    invoiceNumber: string;
    sponsorId: string;
    tenant: string;
    month: YearMonth;
    kind: InvoiceKind;
    ruleSetId: string;
    sponsorType: SponsorType;
    dueDate: LocalDate;
    createdAt: Date;
  }): Promise<void>;
  issueInvoice(invoiceId: string, issuedAt: Date): Promise<InvoiceRecord>;
  /** Issued invoices of the sponsor with something outstanding, oldest month first. */
  openInvoices(sponsorId: string): Promise<InvoiceRecord[]>;
  setInvoiceBalance(
    invoiceId: string,
    balance: { paidAmount: Rupiah; coveredLines: number; paymentStatus: PaymentStatus },
  ): Promise<void>;

  /**
   * Distinct declared incomes of the sponsor's workers billable for the month and not billed for it
   * yet, on any invoice (usually one: Rp1,000,000).
   */
  billableIncomes(sponsorId: string, month: YearMonth): Promise<{ income: Rupiah; workers: number }[]>;
  /**
   * Writes the next chunk of lines with one INSERT ... SELECT: billable workers with no line for the
   * month yet, oldest enrolment (coverage start) first, so a partly paid invoice covers its longest
   * members first (never an arbitrary id order); adds it to the invoice's totals. A resumed run just
   * writes the next chunk. Throws WorkerBilledMeanwhile when another transaction billed one of them
   * for the month first.
   */
  writeLineChunk(chunk: {
    invoiceId: string;
    sponsorId: string;
    month: YearMonth;
    limit: number;
    prices: readonly IncomePrice[];
  }): Promise<LineChunkResult>;

  countLines(invoiceId: string, range: CumulativeRange): Promise<number>;
  /**
   * The lines in the range, in worker order, as batches after `afterWorkerId`: worker ids and, at
   * the same positions, the declared income each line was billed at.
   */
  lineBatches(
    invoiceId: string,
    range: CumulativeRange,
    afterWorkerId: string | null,
    batchSize: number,
    maxBatches: number,
  ): Promise<LineBatch[]>;

  paymentByKey(idempotencyKey: string): Promise<PaymentRecord | undefined>;
  payment(paymentId: string): Promise<PaymentRecord | undefined>;
  /** Throws PaymentKeyTaken when another transaction recorded a payment with this idempotency key first. */
  insertPayment(payment: PaymentRecord): Promise<void>;
  setPaymentResult(paymentId: string, result: unknown): Promise<void>;
  /**
   * The sponsor's payments a statement credit could be (matchStatementCredit): the one linked to the
   * transaction, and those of the amount paid within [from, until), in any status, oldest first.
   */
  statementMatchCandidates(query: {
    sponsorId: string;
    transactionId: string;
    amount: Rupiah;
    from: Date;
    until: Date;
  }): Promise<PaymentRecord[]>;
  /** Links a payment to the statement transaction found to be it (once: it must have none yet). */
  linkStatementTransaction(paymentId: string, transactionId: string): Promise<void>;
  /** Recorded (not reversed) payments of the sponsor with money not yet allocated, oldest first. */
  creditLots(sponsorId: string): Promise<PaymentRecord[]>;
  addAllocation(allocation: {
    paymentId: string;
    invoiceId: string;
    amount: Rupiah;
    paidBefore: Rupiah;
    allocatedAt: Date;
  }): Promise<void>;
  addAllocatedAmount(paymentId: string, amount: Rupiah): Promise<void>;
  allocationsOf(paymentId: string): Promise<AllocationRecord[]>;
  /** Records a reversal asked for; it takes effect only once a second finance user approves it (reversePayment). */
  requestReversal(paymentId: string, request: ReversalRequest): Promise<void>;
  reversePayment(paymentId: string, reversal: { reason: string; reversedBy: string; reversedAt: Date }): Promise<void>;

  /**
   * Workers of the sponsor still active whose latest overdue months (due before `asOf`) are unpaid,
   * grouped; only the given workers when `workerIds` is given.
   */
  unpaidRuns(
    sponsorId: string,
    asOf: LocalDate,
    minimumMonths: number,
    workerIds?: readonly string[],
  ): Promise<UnpaidRunGroup[]>;
  /** Records lapses once; returns the workers recorded now (not before). */
  recordLapses(
    sponsorId: string,
    lapsedFromMonth: YearMonth,
    consecutiveUnpaidMonths: number,
    workerIds: readonly string[],
    at: Date,
  ): Promise<string[]>;
  /** Records a warning once; false when it was already given. */
  recordArrearsWarning(warning: {
    sponsorId: string;
    firstUnpaidMonth: YearMonth;
    consecutiveUnpaidMonths: number;
    workersAtRisk: number;
    at: Date;
  }): Promise<boolean>;
}

/** A payment with this idempotency key was recorded by another request after this one looked for it. */
export class PaymentKeyTaken extends Error {
  constructor() {
    super('a payment with this idempotency key was recorded meanwhile');
  }
}

/** A line for a worker and month was written by another transaction (a run of another invoice). */
export class WorkerBilledMeanwhile extends Error {
  constructor() {
    super('a worker of this chunk was billed for the month by another run meanwhile');
  }
}

export abstract class BillingStore {
  abstract transaction<T>(work: (tx: BillingTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` while holding a lock named `key` across its several transactions (a session lock
   * on a connection of its own), or returns `{ ran: false }` at once when another process holds it.
   */
  abstract exclusively<T>(key: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }>;
}
