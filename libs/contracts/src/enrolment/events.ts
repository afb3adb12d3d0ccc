import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { FamilyChangedV1, WorkerRegisteredV1, WorkerStatusChangedV1, WorkerUpdatedV1 } from './worker-payloads';

export const WorkerRegistered = defineEvent({
  type: 'WorkerRegistered',
  version: 1,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerRegisteredV1,
  summary: 'A worker was enrolled under a sponsor (Pemkab); carries the full worker snapshot.',
  fixture: 'worker-registered.v1.json',
});

export const WorkerUpdated = defineEvent({
  type: 'WorkerUpdated',
  version: 1,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerUpdatedV1,
  summary: "A worker's details changed (address, income, payout account...); carries the new snapshot.",
  fixture: 'worker-updated.v1.json',
});

export const WorkerStatusChanged = defineEvent({
  type: 'WorkerStatusChanged',
  version: 1,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerStatusChangedV1,
  summary: 'A worker moved between pending, active, suspended, terminated and deceased.',
  fixture: 'worker-status-changed.v1.json',
});

export const FamilyChanged = defineEvent({
  type: 'FamilyChanged',
  version: 1,
  topic: TOPICS.enrolmentWorker,
  payload: FamilyChangedV1,
  summary: "The worker's family from the KK changed; carries the whole current family (possible heirs).",
  fixture: 'family-changed.v1.json',
});
