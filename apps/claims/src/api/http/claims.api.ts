import type { ServiceApi } from '@jaring/platform';
import { CLAIMS_ACCESS } from './access';
import { ClaimsController } from './claims.controller';
import { ClaimEvidenceController } from './claim-evidence.controller';
import { ClaimDecisionsController } from './claim-decisions.controller';
import { ScholarshipYearsController } from './scholarship-years.controller';
import { BenefitsController } from './benefits.controller';
import { BankNotificationsController } from './bank-notifications.controller';

/**
 * The claims HTTP API: served by the service, and described by apps/claims/openapi.json, from which
 * the console's typed client is generated (`npm run docs:openapi`).
 */
export const CLAIMS_API: ServiceApi = {
  service: 'claims',
  title: 'Jaring claims',
  description: 'JKK and JKM claims from report to payout, to the worker or the right heir, exactly once.',
  controllers: [
    ClaimsController,
    ClaimEvidenceController,
    ClaimDecisionsController,
    ScholarshipYearsController,
    BenefitsController,
    BankNotificationsController,
  ],
  access: CLAIMS_ACCESS,
};
