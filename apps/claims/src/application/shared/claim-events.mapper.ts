import {
  ClaimPaid as ClaimPaidContract,
  type ClaimPaidV1,
  ClaimReported as ClaimReportedContract,
  type ClaimReportedV1,
  ClaimStatusChanged as ClaimStatusChangedContract,
  type ClaimStatusChangedV1,
  DeathConfirmed as DeathConfirmedContract,
  type DeathConfirmedV1,
  DeathRetracted as DeathRetractedContract,
  type DeathRetractedV1,
  PayoutRequested as PayoutRequestedContract,
  type PayoutRequestedV1,
} from '@jaring/contracts';
import type { EventOrigin, NewEvent } from '@jaring/messaging';
import type { AuditEntry, ClaimEvent, ClaimSnapshot, PayoutLine } from '../../domain';

/**
 * Maps one transition of a claim to its versioned contracts (libs/contracts): every status change
 * becomes ClaimStatusChanged (the audit trail on the wire), and the events other services act on
 * get their own contract. The claim id is the aggregate id and Kafka key, so a claim's events stay
 * in order. Payloads name payees: never log them.
 */
export function toContractEvents(
  after: ClaimSnapshot,
  newAuditEntries: readonly AuditEntry[],
  events: readonly ClaimEvent[],
  origin: EventOrigin,
): NewEvent<object>[] {
  const base = { aggregateId: after.id, tenant: after.tenant, origin };
  const workerId = after.worker.id;
  const outbound: NewEvent<object>[] = [];

  for (const entry of newAuditEntries) {
    if (entry.fromStatus === null) continue; // the report: ClaimReported says it
    const payload: ClaimStatusChangedV1 = {
      claimId: after.id,
      workerId,
      programme: after.programme,
      action: entry.action,
      from: entry.fromStatus,
      to: entry.toStatus,
      actor: entry.actorId,
      ...(entry.reason ? { reason: entry.reason } : {}),
      changedAt: entry.at,
    };
    outbound.push({ ...base, definition: ClaimStatusChangedContract, payload, occurredAt: new Date(entry.at) });
  }

  const daysLate = events.find((event) => event.type === 'LatePaymentCompensationRequested')?.daysLate ?? 0;
  for (const event of events) {
    const occurredAt = new Date(event.occurredAt);
    switch (event.type) {
      case 'ClaimReported': {
        const payload: ClaimReportedV1 = {
          claimId: event.claimId,
          workerId: event.workerId,
          programme: event.programme,
          incidentDate: event.incidentDate,
          reportedAt: event.occurredAt,
          reportedBy: event.actorId,
          ...(after.circumstances ? { category: after.circumstances.category } : {}),
        };
        outbound.push({ ...base, definition: ClaimReportedContract, payload, occurredAt });
        break;
      }
      case 'DeathConfirmed': {
        const payload: DeathConfirmedV1 = {
          claimId: event.claimId,
          workerId: event.workerId,
          dateOfDeath: event.dateOfDeath,
          programme: event.programme,
          confirmedBy: event.confirmedBy,
        };
        outbound.push({ ...base, definition: DeathConfirmedContract, payload, occurredAt });
        break;
      }
      case 'DeathRetracted': {
        // A code, never the officer's free-text reason: the payload stays free of personal data.
        const payload: DeathRetractedV1 = {
          claimId: event.claimId,
          workerId: event.workerId,
          dateOfDeath: event.dateOfDeath,
          retractedBy: event.retractedBy,
          reasonCode: event.reasonCode,
        };
        outbound.push({ ...base, definition: DeathRetractedContract, payload, occurredAt });
        break;
      }
      case 'PayoutRequested':
        outbound.push({
          ...base,
          definition: PayoutRequestedContract,
          payload: {
            ...payoutPayload(after, 'benefit', event.payeeId, event.lines, event.total, event.occurredAt),
            ...(event.facilityCode ? { payeeKind: 'partner-facility' as const } : {}),
          },
          occurredAt,
        });
        break;
      case 'LatePaymentCompensationRequested':
        outbound.push({
          ...base,
          definition: PayoutRequestedContract,
          payload: payoutPayload(
            after,
            'late-payment-compensation',
            event.payeeId,
            [event.line],
            event.line.amount,
            event.occurredAt,
          ),
          occurredAt,
        });
        break;
      case 'ClaimPaid': {
        const payload: ClaimPaidV1 = {
          claimId: event.claimId,
          workerId,
          programme: after.programme,
          paidOn: event.paidOn,
          total: event.total,
          daysLate,
        };
        outbound.push({ ...base, definition: ClaimPaidContract, payload, occurredAt });
        break;
      }
      default:
        break; // carried by ClaimStatusChanged
    }
  }
  return outbound;
}

export function payeeKindOf(snapshot: ClaimSnapshot): PayoutRequestedV1['payeeKind'] {
  const isDeath = snapshot.programme === 'JKM' || snapshot.outcome?.details.type === 'death';
  if (!isDeath) return 'worker';
  return snapshot.heirs?.payee.kind === 'funeral-arranger' ? 'funeral-arranger' : 'heir';
}

function payoutPayload(
  snapshot: ClaimSnapshot,
  purpose: PayoutRequestedV1['purpose'],
  payeeId: string,
  lines: readonly PayoutLine[],
  total: number,
  requestedAt: string,
): PayoutRequestedV1 {
  return {
    claimId: snapshot.id,
    workerId: snapshot.worker.id,
    programme: snapshot.programme,
    purpose,
    payeeId,
    payeeKind: payeeKindOf(snapshot),
    lines: lines.map(({ code, amount, rule, idempotencyKey }) => ({ code, amount, rule, idempotencyKey })),
    total,
    ...(snapshot.documents ? { paymentDueOn: snapshot.documents.paymentDueOn } : {}),
    requestedAt,
  };
}
