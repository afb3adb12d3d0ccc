import type { ServiceApi } from '@jaring/platform';
import { ENROLMENT_ACCESS } from './access';
import { SponsorsController } from './sponsors.controller';
import { WorkersController } from './workers.controller';
import { WorkerLifecycleController } from './worker-lifecycle.controller';
import { FamilyController } from './family.controller';
import { ImportsController } from './imports.controller';
import { BackdatedEnrolmentsController } from './backdated-enrolments.controller';

/**
 * The enrolment HTTP API: served by the service, and described by apps/enrolment/openapi.json, from which
 * the console's typed client is generated (`npm run docs:openapi`).
 */
export const ENROLMENT_API: ServiceApi = {
  service: 'enrolment',
  title: 'Jaring enrolment',
  description: 'Sponsors, workers, families and heirs of pekerja rentan covered by a Pemkab.',
  controllers: [
    SponsorsController,
    WorkersController,
    WorkerLifecycleController,
    FamilyController,
    ImportsController,
    BackdatedEnrolmentsController,
  ],
  access: ENROLMENT_ACCESS,
};
