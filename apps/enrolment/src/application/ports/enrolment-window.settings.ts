import type { EnrolmentWindowPolicy } from '../../domain';

/** How far back and ahead an officer may date an enrolment, from the service configuration. */
export abstract class EnrolmentWindowSettings implements EnrolmentWindowPolicy {
  abstract readonly backdatingGraceMonths: number;
  abstract readonly maxDaysAhead: number;
}
