import {
  ArrearsWarning,
  type ArrearsWarningV1,
  CoverageGranted,
  CoverageWithdrawn,
  type CoverageBatchV1,
  type CoverageGrantedV1,
  InvoiceIssued,
  type InvoiceIssuedV1,
  InvoicePaymentStatusChanged,
  type InvoicePaymentStatusChangedV1,
  MembershipLapsed,
  type MembershipLapsedV1,
  PaymentReceived,
  type PaymentReceivedV1,
  PaymentReversed,
  type PaymentReversedV1,
  WorkersBilled,
  type WorkersBilledV1,
  WorkersLeftUncovered,
  type WorkersLeftUncoveredV1,
} from '@jaring/contracts';
import type { EventOrigin, NewEvent } from '@jaring/messaging';
import type { InvoiceRecord, LineBatch } from '../ports/billing-records';

/** Builders of the events billing publishes: the payload classes of libs/contracts, filled from records. */
export function invoiceIssued(invoice: InvoiceRecord, origin: EventOrigin): NewEvent<InvoiceIssuedV1> {
  return {
    definition: InvoiceIssued,
    aggregateId: invoice.id,
    tenant: invoice.tenant,
    origin,
    occurredAt: invoice.issuedAt ?? undefined,
    payload: {
      invoiceId: invoice.id,
      invoiceNumber: invoice.invoiceNumber,
      sponsorId: invoice.sponsorId,
      month: invoice.month,
      dueDate: invoice.dueDate,
      issuedAt: (invoice.issuedAt ?? new Date()).toISOString(),
      ruleSetId: invoice.ruleSetId,
      lineCount: invoice.lineCount,
      totals: { jkk: invoice.jkkTotal, jkm: invoice.jkmTotal, total: invoice.total },
      currency: 'IDR',
      kind: invoice.kind,
    },
  };
}

export function invoicePaymentStatusChanged(
  before: InvoiceRecord,
  after: InvoiceRecord,
  cause: InvoicePaymentStatusChangedV1['cause'],
  paymentId: string,
  origin: EventOrigin,
): NewEvent<InvoicePaymentStatusChangedV1> {
  return {
    definition: InvoicePaymentStatusChanged,
    aggregateId: after.id,
    tenant: after.tenant,
    origin,
    payload: {
      invoiceId: after.id,
      invoiceNumber: after.invoiceNumber,
      sponsorId: after.sponsorId,
      month: after.month,
      previousStatus: before.paymentStatus,
      status: after.paymentStatus,
      total: after.total,
      paidAmount: after.paidAmount,
      outstandingAmount: after.total - after.paidAmount,
      coveredWorkers: after.coveredLines,
      lineCount: after.lineCount,
      cause,
      paymentId,
    },
  };
}

export function coverageChanged(
  kind: 'granted' | 'withdrawn',
  invoice: InvoiceRecord,
  batch: Pick<CoverageBatchV1, 'batch' | 'batches' | 'effectiveAt'> & LineBatch,
  origin: EventOrigin,
): NewEvent<CoverageBatchV1> {
  const payload: CoverageBatchV1 = {
    invoiceId: invoice.id,
    sponsorId: invoice.sponsorId,
    month: invoice.month,
    effectiveAt: batch.effectiveAt,
    batch: batch.batch,
    batches: batch.batches,
    workerIds: batch.workerIds,
  };
  const envelope = { aggregateId: invoice.id, tenant: invoice.tenant, origin };
  if (kind === 'withdrawn') return { definition: CoverageWithdrawn, ...envelope, payload };
  // The income a month was billed (and paid) at is the basis of its benefits (RULES.md §2).
  const granted: CoverageGrantedV1 = { ...payload, declaredIncomes: batch.declaredIncomes };
  return { definition: CoverageGranted, ...envelope, payload: granted };
}

export function workersBilled(
  invoice: InvoiceRecord,
  batch: Pick<WorkersBilledV1, 'batch' | 'batches' | 'workerIds'>,
  origin: EventOrigin,
): NewEvent<WorkersBilledV1> {
  const payload: WorkersBilledV1 = {
    invoiceId: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    sponsorId: invoice.sponsorId,
    month: invoice.month,
    kind: invoice.kind,
    dueDate: invoice.dueDate,
    batch: batch.batch,
    batches: batch.batches,
    workerIds: batch.workerIds,
  };
  return {
    definition: WorkersBilled,
    aggregateId: invoice.id,
    tenant: invoice.tenant,
    origin,
    occurredAt: invoice.issuedAt ?? undefined,
    payload,
  };
}

export function workersLeftUncovered(
  invoice: InvoiceRecord,
  batch: Pick<WorkersLeftUncoveredV1, 'batch' | 'batches' | 'policy' | 'paymentId' | 'uncoveredWorkers'> & LineBatch,
  origin: EventOrigin,
): NewEvent<WorkersLeftUncoveredV1> {
  const payload: WorkersLeftUncoveredV1 = {
    invoiceId: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    sponsorId: invoice.sponsorId,
    month: invoice.month,
    policy: batch.policy,
    total: invoice.total,
    paidAmount: invoice.paidAmount,
    missingAmount: invoice.total - invoice.paidAmount,
    uncoveredWorkers: batch.uncoveredWorkers,
    paymentId: batch.paymentId,
    batch: batch.batch,
    batches: batch.batches,
    workerIds: batch.workerIds,
  };
  return { definition: WorkersLeftUncovered, aggregateId: invoice.id, tenant: invoice.tenant, origin, payload };
}

export function paymentReceived(
  tenant: string,
  payload: PaymentReceivedV1,
  origin: EventOrigin,
): NewEvent<PaymentReceivedV1> {
  return { definition: PaymentReceived, aggregateId: payload.paymentId, tenant, origin, payload };
}

export function paymentReversed(
  tenant: string,
  payload: PaymentReversedV1,
  origin: EventOrigin,
): NewEvent<PaymentReversedV1> {
  return { definition: PaymentReversed, aggregateId: payload.paymentId, tenant, origin, payload };
}

export function arrearsWarning(
  tenant: string,
  payload: ArrearsWarningV1,
  origin: EventOrigin,
): NewEvent<ArrearsWarningV1> {
  return { definition: ArrearsWarning, aggregateId: payload.sponsorId, tenant, origin, payload };
}

export function membershipLapsed(
  tenant: string,
  payload: MembershipLapsedV1,
  origin: EventOrigin,
): NewEvent<MembershipLapsedV1> {
  return { definition: MembershipLapsed, aggregateId: payload.workerId, tenant, origin, payload };
}
