import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { CoverageBatchV1, CoverageGrantedV1, WorkersBilledV1 } from './coverage-payloads';
import {
  ArrearsWarningV1,
  InvoiceIssuedV1,
  InvoicePaymentStatusChangedV1,
  PaymentReceivedV1,
  PaymentReversedV1,
  WorkersLeftUncoveredV1,
} from './invoice-payloads';
import { MembershipLapsedV1 } from './membership-payloads';

export const MembershipLapsed = defineEvent({
  type: 'MembershipLapsed',
  version: 1,
  topic: TOPICS.billingCoverage,
  payload: MembershipLapsedV1,
  summary: "A worker's contributions are in arrears beyond the limit: enrolment suspends the worker.",
  fixture: 'membership-lapsed.v1.json',
});

export const CoverageGranted = defineEvent({
  type: 'CoverageGranted',
  version: 1,
  topic: TOPICS.billingCoverage,
  payload: CoverageGrantedV1,
  summary:
    'A month of coverage was paid for a batch of up to 1,000 workers (one invoice, numbered batches), with the income each was billed at.',
  fixture: 'coverage-granted.v1.json',
});

export const CoverageWithdrawn = defineEvent({
  type: 'CoverageWithdrawn',
  version: 1,
  topic: TOPICS.billingCoverage,
  payload: CoverageBatchV1,
  summary: 'A payment was reversed: the month is no longer paid for this batch of workers.',
  fixture: 'coverage-withdrawn.v1.json',
});

export const WorkersBilled = defineEvent({
  type: 'WorkersBilled',
  version: 1,
  topic: TOPICS.billingCoverage,
  payload: WorkersBilledV1,
  summary:
    'Which workers an issued invoice bills for its month (numbered batches of up to 1,000, keyed by the invoice id), with its number and due date.',
  fixture: 'workers-billed.v1.json',
});

export const InvoiceIssued = defineEvent({
  type: 'InvoiceIssued',
  version: 1,
  topic: TOPICS.billingInvoice,
  payload: InvoiceIssuedV1,
  summary: "A sponsor's monthly invoice was issued: totals, line count, due date (lines by API and CSV).",
  fixture: 'invoice-issued.v1.json',
});

export const PaymentReceived = defineEvent({
  type: 'PaymentReceived',
  version: 1,
  topic: TOPICS.billingInvoice,
  payload: PaymentReceivedV1,
  summary: 'A payment was recorded and allocated to invoices; the rest is kept as sponsor credit.',
  fixture: 'payment-received.v1.json',
});

export const PaymentReversed = defineEvent({
  type: 'PaymentReversed',
  version: 1,
  topic: TOPICS.billingInvoice,
  payload: PaymentReversedV1,
  summary: 'A mistaken payment was reversed, with the reason; its allocations were undone.',
  fixture: 'payment-reversed.v1.json',
});

export const InvoicePaymentStatusChanged = defineEvent({
  type: 'InvoicePaymentStatusChanged',
  version: 1,
  topic: TOPICS.billingInvoice,
  payload: InvoicePaymentStatusChangedV1,
  summary: 'The paid amount of an invoice changed: settled (paid) or partially paid, or reopened by a reversal.',
  fixture: 'invoice-payment-status-changed.v1.json',
});

export const ArrearsWarning = defineEvent({
  type: 'ArrearsWarning',
  version: 1,
  topic: TOPICS.billingCoverage,
  payload: ArrearsWarningV1,
  summary: "A sponsor's contributions are overdue for consecutive months: memberships lapse after the named due date.",
  fixture: 'arrears-warning.v1.json',
});

export const WorkersLeftUncovered = defineEvent({
  type: 'WorkersLeftUncovered',
  version: 1,
  topic: TOPICS.billingInvoice,
  payload: WorkersLeftUncoveredV1,
  summary:
    'An invoice is paid short: which workers stay uncovered for its month under the short-payment policy, and how much is missing (numbered batches of up to 1,000).',
  fixture: 'workers-left-uncovered.v1.json',
});
