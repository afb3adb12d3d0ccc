import {
  ClaimPaid,
  ClaimReported,
  ClaimStatusChanged,
  DeathConfirmed,
  DeathRetracted,
  PayoutRequested,
} from './claims/events';
import {
  ArrearsWarning,
  CoverageGranted,
  CoverageWithdrawn,
  InvoiceIssued,
  InvoicePaymentStatusChanged,
  MembershipLapsed,
  PaymentReceived,
  PaymentReversed,
  WorkersBilled,
  WorkersLeftUncovered,
} from './billing/events';
import {
  FamilyChanged,
  FamilyChangedV2Event,
  WorkerRegistered,
  WorkerRegisteredV2Event,
  WorkerStatusChanged,
  WorkerUpdated,
  WorkerUpdatedV2Event,
} from './enrolment/events';
import { AuditChainHeadPublished } from './audit/events';
import type { EventDefinition } from './event-definition';

/**
 * Every event Jaring publishes, at every version still on the wire. The AsyncAPI document, topic
 * provisioning and consumer validation are all generated from this list.
 */
export const EVENT_CATALOGUE: EventDefinition[] = [
  WorkerRegistered,
  WorkerRegisteredV2Event,
  WorkerUpdated,
  WorkerUpdatedV2Event,
  WorkerStatusChanged,
  FamilyChanged,
  FamilyChangedV2Event,
  MembershipLapsed,
  CoverageGranted,
  CoverageWithdrawn,
  WorkersBilled,
  InvoiceIssued,
  PaymentReceived,
  PaymentReversed,
  InvoicePaymentStatusChanged,
  WorkersLeftUncovered,
  ArrearsWarning,
  DeathConfirmed,
  DeathRetracted,
  ClaimReported,
  ClaimStatusChanged,
  PayoutRequested,
  ClaimPaid,
  AuditChainHeadPublished,
];

export function findEventDefinition(type: string, version: number): EventDefinition | undefined {
  return EVENT_CATALOGUE.find((definition) => definition.type === type && definition.version === version);
}

export function isKnownEventType(type: string): boolean {
  return EVENT_CATALOGUE.some((definition) => definition.type === type);
}
