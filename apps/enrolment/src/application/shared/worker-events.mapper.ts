import {
  FamilyChanged as FamilyChangedContract,
  type FamilyChangedV1,
  type FamilyMemberV1,
  WorkerRegistered as WorkerRegisteredContract,
  type WorkerRegisteredV1,
  type WorkerSnapshotV1,
  WorkerStatusChanged as WorkerStatusChangedContract,
  type WorkerStatusChangedV1,
  WorkerUpdated as WorkerUpdatedContract,
  type WorkerUpdatedV1,
} from '@jaring/contracts';
import type { EventOrigin, NewEvent } from '@jaring/messaging';
import type { FamilyMember, WorkerDetails, WorkerEvent } from '../../domain';

/**
 * Maps the events a Worker's transitions return to their versioned contracts (libs/contracts),
 * ready for the outbox. The worker id is the aggregate id and Kafka key; the tenant is the
 * sponsoring regency. Payloads carry personal data: never log them.
 */
export function toOutboxEvents(events: readonly WorkerEvent[], origin: EventOrigin): NewEvent<object>[] {
  return events.map((event) => toOutboxEvent(event, origin));
}

function toOutboxEvent(event: WorkerEvent, origin: EventOrigin): NewEvent<object> {
  const base = { aggregateId: event.workerId, tenant: event.tenant, origin, occurredAt: new Date(event.occurredAt) };
  switch (event.type) {
    case 'WorkerRegistered': {
      const payload: WorkerRegisteredV1 = {
        ...snapshotOf(event.worker),
        probableDuplicateOf: [...event.probableDuplicateOf],
        flaggedAsProbableDuplicate: event.flaggedAsProbableDuplicate,
      };
      return { ...base, definition: WorkerRegisteredContract, payload } satisfies NewEvent<WorkerRegisteredV1>;
    }
    case 'WorkerUpdated': {
      const payload: WorkerUpdatedV1 = {
        ...snapshotOf(event.worker),
        // A review that cleared the flag is the only update that changes this list.
        ...(event.changedFields.includes('probableDuplicateOf') ? { probableDuplicateOf: [] } : {}),
        changedFields: [...event.changedFields],
      };
      return { ...base, definition: WorkerUpdatedContract, payload } satisfies NewEvent<WorkerUpdatedV1>;
    }
    case 'WorkerStatusChanged': {
      const payload: WorkerStatusChangedV1 = {
        workerId: event.workerId,
        from: event.from,
        to: event.to,
        effectiveDate: event.effectiveDate,
        reason: event.reason,
        actor: event.actor,
        changedAt: event.occurredAt,
      };
      return { ...base, definition: WorkerStatusChangedContract, payload } satisfies NewEvent<WorkerStatusChangedV1>;
    }
    case 'FamilyChanged': {
      const payload: FamilyChangedV1 = {
        workerId: event.workerId,
        kkNumber: event.kkNumber,
        members: event.members.map(memberOf),
        change: { kind: event.change.kind, memberId: event.change.memberId },
      };
      return { ...base, definition: FamilyChangedContract, payload } satisfies NewEvent<FamilyChangedV1>;
    }
  }
}

function snapshotOf(worker: WorkerDetails): WorkerSnapshotV1 {
  return {
    workerId: worker.workerId,
    sponsorId: worker.sponsorId,
    nik: worker.nik,
    fullName: worker.fullName,
    birthDate: worker.birthDate,
    sex: worker.sex,
    addressLine: worker.addressLine,
    desaCode: worker.desaCode,
    occupation: worker.occupation,
    ...(worker.phone === undefined ? {} : { phone: worker.phone }),
    ...(worker.kk === undefined ? {} : { kk: { number: worker.kk.number, since: worker.kk.since } }),
    ...(worker.payoutAccount === undefined
      ? {}
      : {
          payoutAccount: {
            bankCode: worker.payoutAccount.bankCode,
            accountNumber: worker.payoutAccount.accountNumber,
            holderName: worker.payoutAccount.holderName,
          },
        }),
    declaredMonthlyIncome: worker.declaredMonthlyIncome,
    enrolmentDate: worker.enrolmentDate,
    coverageStartDate: worker.coverageStartDate,
    status: worker.status,
    ...(worker.priorMembership === undefined ? {} : { priorMembership: { ...worker.priorMembership } }),
  };
}

function memberOf(member: FamilyMember): FamilyMemberV1 {
  return {
    memberId: member.memberId,
    relationship: member.relationship,
    nik: member.nik,
    fullName: member.fullName,
    birthDate: member.birthDate,
    sex: member.sex,
    ...(member.married === undefined ? {} : { married: member.married }),
    ...(member.working === undefined ? {} : { working: member.working }),
  };
}
