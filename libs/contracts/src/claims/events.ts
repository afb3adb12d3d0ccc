import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { ClaimPaidV1, ClaimReportedV1, ClaimStatusChangedV1, PayoutRequestedV1 } from './claim-payloads';
import { DeathConfirmedV1, DeathRetractedV1 } from './death-payloads';

export const DeathConfirmed = defineEvent({
  type: 'DeathConfirmed',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: DeathConfirmedV1,
  summary: 'A death claim was verified: the worker is deceased from the date of death.',
  fixture: 'death-confirmed.v1.json',
});

export const DeathRetracted = defineEvent({
  type: 'DeathRetracted',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: DeathRetractedV1,
  summary:
    'A death claim was rejected because the death itself was disproved: the DeathConfirmed of that claim no longer holds and the worker is alive.',
  fixture: 'death-retracted.v1.json',
});

export const ClaimReported = defineEvent({
  type: 'ClaimReported',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: ClaimReportedV1,
  summary: 'A JKK accident (stage I) or a JKM death was reported: a claim is open.',
  fixture: 'claim-reported.v1.json',
});

export const ClaimStatusChanged = defineEvent({
  type: 'ClaimStatusChanged',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: ClaimStatusChangedV1,
  summary: 'A claim moved from one status to another (who, when, why): verification, rejection, approval, payment...',
  fixture: 'claim-status-changed.v1.json',
});

export const PayoutRequested = defineEvent({
  type: 'PayoutRequested',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: PayoutRequestedV1,
  summary: 'Bank transfers were ordered to the payee, one per benefit line, each with its idempotency key.',
  fixture: 'payout-requested.v1.json',
});

export const ClaimPaid = defineEvent({
  type: 'ClaimPaid',
  version: 1,
  topic: TOPICS.claimsClaim,
  payload: ClaimPaidV1,
  summary: 'Every benefit transfer of a claim was confirmed by the bank.',
  fixture: 'claim-paid.v1.json',
});
