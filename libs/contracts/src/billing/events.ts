import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { MembershipLapsedV1 } from './membership-payloads';

export const MembershipLapsed = defineEvent({
  type: 'MembershipLapsed',
  version: 1,
  topic: TOPICS.billingCoverage,
  payload: MembershipLapsedV1,
  summary: "A worker's contributions are in arrears beyond the limit: enrolment suspends the worker.",
  fixture: 'membership-lapsed.v1.json',
});
