import type {
  AllocationRecord,
  BillingRunRecord,
  InvoiceRecord,
  PaymentRecord,
} from '../../application/ports/billing-records';

/** The API shapes: records as the finance system sees them (amounts in whole rupiah, dates ISO). */
export function runResponse(run: BillingRunRecord) {
  return {
    id: run.id,
    sponsorId: run.sponsorId,
    month: run.month,
    kind: run.kind,
    requestedOn: run.requestedOn,
    status: run.status,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    progress: {
      workersExpected: run.workersExpected,
      linesWritten: run.linesWritten,
      percent:
        run.workersExpected === null || run.workersExpected === 0
          ? run.status === 'completed'
            ? 100
            : 0
          : Math.min(100, Math.floor((run.linesWritten * 100) / run.workersExpected)),
    },
    invoiceId: run.invoiceId,
    outcome: run.outcome,
    error: run.error,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

export function invoiceResponse(invoice: InvoiceRecord) {
  return {
    id: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    sponsorId: invoice.sponsorId,
    tenant: invoice.tenant,
    month: invoice.month,
    kind: invoice.kind,
    status: invoice.status,
    dueDate: invoice.dueDate,
    ruleSetId: invoice.ruleSetId,
    sponsorType: invoice.sponsorType,
    lineCount: invoice.lineCount,
    totals: { jkk: invoice.jkkTotal, jkm: invoice.jkmTotal, total: invoice.total },
    paidAmount: invoice.paidAmount,
    outstandingAmount: invoice.total - invoice.paidAmount,
    coveredWorkers: invoice.coveredLines,
    paymentStatus: invoice.paymentStatus,
    currency: 'IDR',
    issuedAt: invoice.issuedAt?.toISOString() ?? null,
    links: { lines: `/v1/invoices/${invoice.id}/lines`, linesCsv: `/v1/invoices/${invoice.id}/lines.csv` },
  };
}

export function allocationResponse(allocation: AllocationRecord) {
  return {
    invoiceId: allocation.invoiceId,
    invoiceNumber: allocation.invoiceNumber,
    month: allocation.month,
    amount: allocation.amount,
    allocatedAt: allocation.allocatedAt.toISOString(),
    reversedAt: allocation.reversedAt?.toISOString() ?? null,
  };
}

export function paymentResponse(payment: PaymentRecord, allocations?: AllocationRecord[]) {
  return {
    id: payment.id,
    sponsorId: payment.sponsorId,
    idempotencyKey: payment.idempotencyKey,
    source: payment.source,
    amount: payment.amount,
    paidAt: payment.paidAt.toISOString(),
    invoiceId: payment.invoiceId,
    bankReference: payment.bankReference,
    status: payment.status,
    allocatedAmount: payment.allocatedAmount,
    creditRemaining: payment.status === 'recorded' ? payment.amount - payment.allocatedAmount : 0,
    recordedBy: payment.recordedBy,
    recordedAt: payment.recordedAt.toISOString(),
    reversal:
      payment.status === 'reversed'
        ? {
            status: 'reversed',
            reason: payment.reversalReason,
            requestedBy: payment.reversalRequest?.requestedBy ?? null,
            reversedBy: payment.reversedBy,
            reversedAt: payment.reversedAt?.toISOString() ?? null,
          }
        : payment.reversalRequest
          ? {
              status: 'requested',
              reason: payment.reversalRequest.reason,
              requestedBy: payment.reversalRequest.requestedBy,
              requestedAt: payment.reversalRequest.requestedAt.toISOString(),
            }
          : null,
    ...(allocations ? { allocations: allocations.map(allocationResponse) } : {}),
  };
}
