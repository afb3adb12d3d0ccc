import { defineEvent, defineSealedEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { FamilyChangedV1, WorkerRegisteredV1, WorkerStatusChangedV1, WorkerUpdatedV1 } from './worker-payloads';
import {
  FamilyChangedV2,
  FamilyPersonalDataV2,
  WorkerPersonalDataV2,
  WorkerRegisteredV2,
  WorkerUpdatedV2,
} from './worker-payloads.v2';

// v1 of WorkerRegistered, WorkerUpdated and FamilyChanged carried NIK, names, address and bank
// account in clear to every reader of the topic. Enrolment publishes only v2 now; consumers still
// read v1 until the events published before it leave the topic and the outbox (docs/adr/0008).

export const WorkerRegistered = defineEvent({
  type: 'WorkerRegistered',
  version: 1,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerRegisteredV1,
  summary: 'Superseded by v2 (personal data in clear): a worker was enrolled under a sponsor (Pemkab).',
  fixture: 'worker-registered.v1.json',
});

export const WorkerUpdated = defineEvent({
  type: 'WorkerUpdated',
  version: 1,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerUpdatedV1,
  summary: "Superseded by v2 (personal data in clear): a worker's details changed.",
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
  summary: "Superseded by v2 (personal data in clear): the worker's family from the KK changed.",
  fixture: 'family-changed.v1.json',
});

export const WorkerRegisteredV2Event = defineSealedEvent({
  type: 'WorkerRegistered',
  version: 2,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerRegisteredV2,
  summary:
    'A worker was enrolled under a sponsor (Pemkab): billing fields in clear, identity, address and payout account sealed for claims.',
  fixture: 'worker-registered.v2.json',
  sealed: { field: 'personalData', contents: WorkerPersonalDataV2 },
});

export const WorkerUpdatedV2Event = defineSealedEvent({
  type: 'WorkerUpdated',
  version: 2,
  topic: TOPICS.enrolmentWorker,
  payload: WorkerUpdatedV2,
  summary:
    "A worker's details changed (address, income, payout account...): the new snapshot, personal data sealed for claims.",
  fixture: 'worker-updated.v2.json',
  sealed: { field: 'personalData', contents: WorkerPersonalDataV2 },
});

export const FamilyChangedV2Event = defineSealedEvent({
  type: 'FamilyChanged',
  version: 2,
  topic: TOPICS.enrolmentWorker,
  payload: FamilyChangedV2,
  summary: "The worker's family from the KK changed: the whole current family (possible heirs), sealed for claims.",
  fixture: 'family-changed.v2.json',
  sealed: { field: 'personalData', contents: FamilyPersonalDataV2 },
});
