import type { ServiceApi } from '@jaring/platform';
import { BILLING_ACCESS } from './access';
import { ContributionsController } from './contributions.controller';
import { BillingRunsController } from './billing-runs.controller';
import { InvoicesController } from './invoices.controller';
import { PaymentsController } from './payments.controller';
import { SponsorsController } from './sponsors.controller';
import { ReportsController } from './reports.controller';

/**
 * The billing HTTP API: served by the service, and described by apps/billing/openapi.json, from which
 * the console's typed client is generated (`npm run docs:openapi`).
 */
export const BILLING_API: ServiceApi = {
  service: 'billing',
  title: 'Jaring billing',
  description: 'Monthly contribution invoices to the sponsoring Pemkab, payments, coverage and arrears.',
  controllers: [
    ContributionsController,
    BillingRunsController,
    InvoicesController,
    PaymentsController,
    SponsorsController,
    ReportsController,
  ],
  access: BILLING_ACCESS,
};
