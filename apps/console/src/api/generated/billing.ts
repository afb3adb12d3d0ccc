// Generated from apps/billing/openapi.json by `npm run docs:openapi`; do not edit by hand.
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: public (no token). */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: public (no token). */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Billing runs, newest first
     * @description Roles: finance.
     */
    get: operations['BillingRunsController_list'];
    put?: never;
    /**
     * Bill a sponsor for a month: 202 with the run (watch its progress at GET /v1/billing-runs/{id}); 200 with the first run when the month was billed already — nothing changes
     * @description Roles: finance.
     */
    post: operations['BillingRunsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/billing-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A billing run and its progress (lines written of workers expected)
     * @description Roles: finance.
     */
    get: operations['BillingRunsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/contributions/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One worker's monthly JKK and JKM for an income, billed month and payer type, with the rule set used
     * @description Roles: finance, enrolment-officer, enrolment-supervisor, claims-officer, claims-supervisor.
     */
    post: operations['ContributionsController_quoteContribution'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Invoices, newest month first
     * @description Roles: finance.
     */
    get: operations['InvoicesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One invoice by id or number (JRG-7604-202603-01): totals, due date, paid, covered workers
     * @description Roles: finance.
     */
    get: operations['InvoicesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{ref}/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The invoice's lines, one per worker, in pages (pass the last workerId as `after`)
     * @description Roles: finance.
     */
    get: operations['InvoicesController_lines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/invoices/{ref}/lines.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All the invoice's lines as CSV (streamed)
     * @description Roles: finance.
     */
    get: operations['InvoicesController_linesCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Payments, newest first
     * @description Roles: finance.
     */
    get: operations['PaymentsController_list'];
    put?: never;
    /**
     * Record a payment and allocate it (named invoice first, then oldest arrears, the rest as credit). 201 the first time; 200 with the same body for a repeat of the same key; 409 for the key with a different payment
     * @description Roles: finance.
     */
    post: operations['PaymentsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/bank-statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the credits of a bank statement as payments (idempotent per sponsor and bank transaction id); the invoice comes from the number quoted in the description. A credit that is a payment recorded already through the API (same sponsor, amount and value date, and the same invoice or its transaction id as bank reference) is reported as a duplicate row naming that payment, and not recorded again (docs/adr/0005-bank-statement-matching.md)
     * @description Roles: finance.
     */
    post: operations['PaymentsController_uploadStatement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A payment as it stands now, with its allocations (reversed ones marked)
     * @description Roles: finance.
     */
    get: operations['PaymentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every change of the payment, oldest first, from billing's hash-chained audit log: recorded, reversal requested, reversed — who, when, why
     * @description Roles: finance.
     */
    get: operations['PaymentsController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/{id}/reversal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request the reversal of a mistaken payment, with a reason. Nothing moves until a second finance user approves it (four eyes: a reversal withdraws coverage). Repeating changes nothing
     * @description Roles: finance.
     */
    post: operations['PaymentsController_requestReversal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/payments/{id}/reversal/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A second finance user approves the requested reversal: the allocations are undone and the coverage they paid withdrawn. The requester cannot approve (409 MAKER_CHECKER_VIOLATION); 409 REVERSAL_NOT_REQUESTED without a request. Repeating changes nothing
     * @description Roles: finance.
     */
    post: operations['PaymentsController_approveReversal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per sponsor per month: billed, paid, outstanding, covered workers
     * @description Roles: finance.
     */
    get: operations['ReportsController_monthly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reports/monthly.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The monthly report as CSV
     * @description Roles: finance.
     */
    get: operations['ReportsController_monthlyCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sponsors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sponsors billing knows (learnt from enrolment’s workers)
     * @description Roles: finance, admin.
     */
    get: operations['SponsorsController_sponsors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sponsors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A sponsor's account: payer type, credit balance (over- and prepayments), outstanding
     * @description Roles: finance, admin.
     */
    get: operations['SponsorsController_account'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set the payer type (APBD, APBN, SELF, OTHER: decides the PP 50/2025 discount) or name; invoices already issued keep theirs
     * @description Roles: admin.
     */
    patch: operations['SponsorsController_update'];
    trace?: never;
  };
  '/v1/sponsors/{id}/arrears-assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assess the sponsor's arrears now (also done daily): warnings and lapses are published once each
     * @description Roles: finance.
     */
    post: operations['SponsorsController_assess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A worker's billed months and whether each is paid (covered)
     * @description Roles: finance, enrolment-supervisor, claims-officer, claims-supervisor.
     */
    get: operations['ReportsController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AllocationResponse: {
      /** Format: date-time */
      allocatedAt: string;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** Format: uuid */
      invoiceId: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber: string;
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      /**
       * Format: date-time
       * @description Set when the payment was reversed
       */
      reversedAt: string | null;
    };
    ArrearsAssessmentResponse: {
      /** Format: date */
      asOf: string;
      lapsesRecorded: number;
      /** Format: uuid */
      sponsorId: string;
      warningsIssued: number;
    };
    AuditActorResponse: {
      roles: string[];
      /** @description The token's subject */
      subject: string;
    };
    AuditRecordResponse: {
      /** @example reverse-payment */
      action: string;
      actor: components['schemas']['AuditActorResponse'];
      /** @description The changed fields after it */
      after: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      at: string;
      /** @description The changed fields before the change (their shapes are those of the entity) */
      before: {
        [key: string]: unknown;
      } | null;
      fromStatus: string | null;
      /** @description SHA-256 over prevHash and this entry */
      hash: string;
      /** @description SHA-256 of the previous entry */
      prevHash: string;
      reason: string | null;
      requestId: string | null;
      /** @description Position in the service-wide chain */
      seq: number;
      toStatus: string | null;
    };
    BillingRunProgressResponse: {
      linesWritten: number;
      percent: number;
      /** @description null until the run has counted its workers */
      workersExpected: number | null;
    };
    BillingRunResponse: {
      /** @description Why a failed run failed */
      error: string | null;
      /** Format: date-time */
      finishedAt: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      invoiceId: string | null;
      /** @enum {string} */
      kind: 'main' | 'supplementary';
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      /**
       * @description null while running
       * @enum {string|null}
       */
      outcome: 'issued' | 'nothing-to-bill' | null;
      progress: components['schemas']['BillingRunProgressResponse'];
      /** @description The requester's token subject */
      requestedBy: string;
      /**
       * Format: date
       * @description Supplementary runs: the business day it was requested
       */
      requestedOn: string | null;
      /** Format: uuid */
      sponsorId: string;
      /** Format: date-time */
      startedAt: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      /** @enum {string} */
      trigger: 'api' | 'schedule';
    };
    ContributionResponse: {
      /** @description How the basis was found: the bracket and its source, or the clamp */
      basisRule: string;
      /**
       * @description The income the rates apply to (RULES.md §1)
       * @example 1000000
       */
      contributionBasis: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      declaredMonthlyIncome: number;
      discount: components['schemas']['DiscountResponse'];
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      jkk: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      jkm: number;
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      ruleSet: components['schemas']['RuleSetResponse'];
      /** @enum {string} */
      sponsorType: 'APBD' | 'APBN' | 'SELF' | 'OTHER';
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      total: number;
    };
    CoverageMonthResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** Format: uuid */
      invoiceId: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber: string;
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      /** @description Paid: the worker is covered that month */
      paid: boolean;
    };
    DiscountResponse: {
      applied: boolean;
      /** @description Basis points (5000 = 50%) */
      rateBp: number;
      reason: string;
    };
    ErrorResponse: {
      /** @description Safe facts for the caller, e.g. the id of the existing record on a conflict */
      details?: {
        [key: string]: string | number | boolean;
      };
      /**
       * @description The stable error code of a rule (apps/claims/README.md lists claims'), or the HTTP reason (`Bad Request`) of a malformed request
       * @example CLAIM_NOT_FOUND
       */
      error?: string;
      /** @description What is wrong, for the officer */
      message: string;
      /** @example 404 */
      statusCode: number;
      /** @description Every bad field at once */
      violations?: components['schemas']['ViolationResponse'][];
    };
    InvoiceLineResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      declaredIncome: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      jkk: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      jkm: number;
      lineNo: number;
      /** @description Paid: the worker is covered for the invoice's month */
      paid: boolean;
      /** Format: uuid */
      workerId: string;
    };
    InvoiceLinesResponse: {
      /** Format: uuid */
      invoiceId: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber: string;
      lines: components['schemas']['InvoiceLineResponse'][];
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      /**
       * Format: uuid
       * @description The `after` of the following page; null at the end
       */
      next: string | null;
    };
    InvoiceLinksResponse: {
      /** @example /v1/invoices/9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5/lines */
      lines: string;
      /** @example /v1/invoices/9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5/lines.csv */
      linesCsv: string;
    };
    InvoiceResponse: {
      /** @description Workers whose line is paid (covered for the month) */
      coveredWorkers: number;
      /** @enum {string} */
      currency: 'IDR';
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      id: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber: string;
      /** Format: date-time */
      issuedAt: string | null;
      /** @enum {string} */
      kind: 'main' | 'supplementary';
      lineCount: number;
      links: components['schemas']['InvoiceLinksResponse'];
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      outstandingAmount: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      paidAmount: number;
      /** @enum {string} */
      paymentStatus: 'unpaid' | 'partially-paid' | 'paid';
      /** @example PP-44-2015 */
      ruleSetId: string;
      /** Format: uuid */
      sponsorId: string;
      /** @enum {string} */
      sponsorType: 'APBD' | 'APBN' | 'SELF' | 'OTHER';
      /** @enum {string} */
      status: 'generating' | 'issued';
      /** @example 76.04 */
      tenant: string;
      totals: components['schemas']['InvoiceTotalsResponse'];
    };
    InvoiceTotalsResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      jkk: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      jkm: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      total: number;
    };
    MonthlyReportRowResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      billed: number;
      billedWorkers: number;
      coveredWorkers: number;
      /** Format: date */
      dueDate: string;
      /** Format: uuid */
      invoiceId: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber: string;
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      outstanding: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      paid: number;
      /** @enum {string} */
      paymentStatus: 'unpaid' | 'partially-paid' | 'paid';
      /** Format: uuid */
      sponsorId: string;
      /** @example 76.04 */
      tenant: string;
    };
    PaymentAllocationResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** Format: uuid */
      invoiceId: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber: string;
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      month: string;
    };
    PaymentResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      allocatedAmount: number;
      /** @description GET /v1/payments/{id} only */
      allocations?: components['schemas']['AllocationResponse'][];
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      bankReference: string | null;
      /**
       * @description What is left as the sponsor's credit (0 once reversed)
       * @example 1000000
       */
      creditRemaining: number;
      /** Format: uuid */
      id: string;
      idempotencyKey: string;
      /** Format: uuid */
      invoiceId: string | null;
      /** Format: date-time */
      paidAt: string;
      /** Format: date-time */
      recordedAt: string;
      recordedBy: string;
      reversal: components['schemas']['PaymentReversalResponse'] | null;
      /** @enum {string} */
      source: 'api' | 'bank-statement';
      /** Format: uuid */
      sponsorId: string;
      /** @enum {string} */
      status: 'recorded' | 'reversed';
    };
    PaymentReversalResponse: {
      reason: string | null;
      /**
       * Format: date-time
       * @description While requested
       */
      requestedAt?: string;
      /** @description The finance user who asked for it */
      requestedBy: string | null;
      /** Format: date-time */
      reversedAt?: string | null;
      /** @description The second finance user, once reversed */
      reversedBy?: string | null;
      /** @enum {string} */
      status: 'requested' | 'reversed';
    };
    QuoteContributionRequest: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      declaredMonthlyIncome: number;
      /** @example 2026-03 */
      month: string;
      /**
       * @example APBD
       * @enum {string}
       */
      sponsorType: 'APBD' | 'APBN' | 'SELF' | 'OTHER';
    };
    RecordPaymentRequest: {
      /**
       * @description Whole rupiah
       * @example 431995200
       */
      amount: number;
      /** @example SP2D/0123/III/2026 */
      bankReference?: string;
      /**
       * @description Or the Idempotency-Key header. A repeat with the same key returns the first result.
       * @example bpkad-7604-sp2d-2026-000123
       */
      idempotencyKey?: string;
      /** @description The invoice paid (or invoiceNumber) */
      invoiceId?: string;
      /** @example JRG-7604-202603-01 */
      invoiceNumber?: string;
      /**
       * @description When the money reached the account
       * @example 2026-03-10T10:00:00+08:00
       */
      paidAt: string;
      /** @description For a prepayment that names no invoice: whose credit it becomes */
      sponsorId?: string;
    };
    RecordedPaymentResponse: {
      allocations: components['schemas']['PaymentAllocationResponse'][];
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /**
       * @description What of this payment was left as the sponsor's credit
       * @example 1000000
       */
      creditRemaining: number;
      idempotencyKey: string;
      /** Format: uuid */
      invoiceId: string | null;
      /** Format: date-time */
      paidAt: string;
      /** Format: uuid */
      paymentId: string;
      /** Format: date-time */
      recordedAt: string;
      /** Format: uuid */
      sponsorId: string;
    };
    ReversePaymentRequest: {
      /** @example Transfer bounced: the SP2D was cancelled */
      reason: string;
    };
    ReversedPaymentResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      allocatedAmount: number;
      /** @description GET /v1/payments/{id} only */
      allocations?: components['schemas']['AllocationResponse'][];
      allocationsUndone: components['schemas']['AllocationResponse'][];
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      bankReference: string | null;
      /**
       * @description What is left as the sponsor's credit (0 once reversed)
       * @example 1000000
       */
      creditRemaining: number;
      /** Format: uuid */
      id: string;
      idempotencyKey: string;
      /** Format: uuid */
      invoiceId: string | null;
      /** Format: date-time */
      paidAt: string;
      /** Format: date-time */
      recordedAt: string;
      recordedBy: string;
      reversal: components['schemas']['PaymentReversalResponse'] | null;
      /** @description False when it was reversed already (a repeat changes nothing) */
      reversedNow: boolean;
      /** @enum {string} */
      source: 'api' | 'bank-statement';
      /** Format: uuid */
      sponsorId: string;
      /** @enum {string} */
      status: 'recorded' | 'reversed';
    };
    RuleSetResponse: {
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      effectiveFrom: string;
      /**
       * @description YYYY-MM
       * @example 2026-03
       */
      effectiveUntil?: string;
      /** @example PP-44-2015 */
      id: string;
      /** @description The regulations and articles it implements */
      sources: string[];
    };
    SponsorAccountResponse: {
      /**
       * @description Over- and prepayments not yet allocated
       * @example 1000000
       */
      creditBalance: number;
      /** @example Pemkab Polewali Mandar */
      name: string | null;
      openInvoices: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      outstanding: number;
      /** Format: uuid */
      sponsorId: string;
      /** @enum {string} */
      sponsorType: 'APBD' | 'APBN' | 'SELF' | 'OTHER';
      /** @example 76.04 */
      tenant: string;
    };
    SponsorResponse: {
      /** @example Pemkab Polewali Mandar */
      name: string | null;
      /** Format: uuid */
      sponsorId: string;
      /** @enum {string} */
      sponsorType: 'APBD' | 'APBN' | 'SELF' | 'OTHER';
      /** @example 76.04 */
      tenant: string;
    };
    StartBillingRunRequest: {
      /** @example 2026-03 */
      month: string;
      /** @example 9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5 */
      sponsorId: string;
    };
    StatementCountsResponse: {
      'already-recorded': number;
      duplicate: number;
      invalid: number;
      recorded: number;
      rejected: number;
      skipped: number;
      unmatched: number;
    };
    StatementImportResponse: {
      counts: components['schemas']['StatementCountsResponse'];
      rows: components['schemas']['StatementRowResponse'][];
    };
    StatementRowResponse: {
      /** @description Whole rupiah */
      amount?: number;
      invoiceNumber?: string;
      /** @enum {string} */
      outcome: 'recorded' | 'already-recorded' | 'duplicate' | 'unmatched' | 'skipped' | 'invalid' | 'rejected';
      /**
       * Format: uuid
       * @description The payment recorded, or for `duplicate` the payment it is
       */
      paymentId?: string;
      reason?: string;
      /** @description The data row, from 1 */
      row: number;
      transactionId?: string;
    };
    UpdateSponsorRequest: {
      /** @example Pemkab Polewali Mandar */
      name?: string;
      /** @enum {string} */
      sponsorType?: 'APBD' | 'APBN' | 'SELF' | 'OTHER';
    };
    ViolationResponse: {
      /** @example NIK_INVALID */
      code: string;
      /**
       * @description The input field, as a path (`family[0].nik`)
       * @example nik
       */
      field?: string;
      /** @example nik must be 16 digits */
      message: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       },
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example error
             * @enum {string}
             */
            status?: 'error' | 'shutting_down';
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       },
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example error
             * @enum {string}
             */
            status?: 'error' | 'shutting_down';
          };
        };
      };
    };
  };
  BillingRunsController_list: {
    parameters: {
      query?: {
        sponsorId?: string;
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingRunResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  BillingRunsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartBillingRunRequest'];
      };
    };
    responses: {
      /** @description The existing run of this sponsor and month */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingRunResponse'];
        };
      };
      /** @description The run, started */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingRunResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many expensive requests: wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  BillingRunsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingRunResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ContributionsController_quoteContribution: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteContributionRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContributionResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many expensive requests: wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_list: {
    parameters: {
      query?: {
        sponsorId?: string;
        month?: string;
        paymentStatus?: 'unpaid' | 'partially-paid' | 'paid';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_lines: {
    parameters: {
      query?: {
        /** @description The last workerId of the previous page (keyset paging) */
        after?: string;
        limit?: number;
      };
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceLinesResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InvoicesController_linesCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One line per worker, with a header row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_list: {
    parameters: {
      query?: {
        sponsorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Or idempotencyKey in the body */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPaymentRequest'];
      };
    };
    responses: {
      /** @description A repeat of the key: the first result, unchanged */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordedPaymentResponse'];
        };
      };
      /** @description The payment, recorded and allocated */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordedPaymentResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_uploadStatement: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description CSV with a header row: transactionId, valueDate, amount, description [, direction, paidAt]
           */
          file: string;
          /** Format: uuid */
          sponsorId?: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatementImportResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Larger than the stated limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many expensive requests: wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_audit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditRecordResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_requestReversal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReversePaymentRequest'];
      };
    };
    responses: {
      /** @description The payment with its reversal requested */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PaymentsController_approveReversal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The payment, reversed, and the allocations undone */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReversedPaymentResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportsController_monthly: {
    parameters: {
      query?: {
        sponsorId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthlyReportRowResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportsController_monthlyCsv: {
    parameters: {
      query?: {
        sponsorId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One line per sponsor and month, with a header row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SponsorsController_sponsors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorResponse'][];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SponsorsController_account: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorAccountResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SponsorsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSponsorRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  SponsorsController_assess: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArrearsAssessmentResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ReportsController_coverage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageMonthResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
