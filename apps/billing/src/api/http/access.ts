import { type AccessMatrix } from '@jaring/auth';

const FINANCE = ['finance'] as const;

/** Who may call each billing route; the guard enforces it and docs/authorization.md shows it. */
export const BILLING_ACCESS: AccessMatrix = {
  'POST /v1/billing-runs': FINANCE,
  'GET /v1/billing-runs': FINANCE,
  'GET /v1/billing-runs/:id': FINANCE,
  'POST /v1/contributions/quote': [
    'finance',
    'enrolment-officer',
    'enrolment-supervisor',
    'claims-officer',
    'claims-supervisor',
  ],
  'GET /v1/invoices': FINANCE,
  'GET /v1/invoices/:ref': FINANCE,
  'GET /v1/invoices/:ref/lines': FINANCE,
  'GET /v1/invoices/:ref/lines.csv': FINANCE,
  'POST /v1/payments': FINANCE,
  'POST /v1/payments/bank-statements': FINANCE,
  'GET /v1/payments': FINANCE,
  'GET /v1/payments/:id': FINANCE,
  'GET /v1/payments/:id/audit': FINANCE,
  /** Requested by one finance user, approved by a second (four eyes). */
  'POST /v1/payments/:id/reversal': FINANCE,
  'POST /v1/payments/:id/reversal/approval': FINANCE,
  'GET /v1/reports/monthly': FINANCE,
  'GET /v1/reports/monthly.csv': FINANCE,
  /** An enrolment supervisor checks which months of a backdated enrolment are billed and paid. */
  'GET /v1/workers/:id/coverage': ['finance', 'enrolment-supervisor', 'claims-officer', 'claims-supervisor'],
  'GET /v1/sponsors': ['finance', 'admin'],
  'GET /v1/sponsors/:id': ['finance', 'admin'],
  'PATCH /v1/sponsors/:id': ['admin'],
  'POST /v1/sponsors/:id/arrears-assessments': FINANCE,
};
