import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { CoverageBatchV1 } from './coverage-payloads';
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
  payload: CoverageBatchV1,
  summary: 'A month of coverage was paid for a batch of up to 1,000 workers (one invoice, numbered batches).',
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
