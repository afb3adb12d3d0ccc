import {
  type BeforeSealing,
  FamilyChangedV2Event as FamilyChangedContract,
  type FamilyChangedV2,
  type FamilyMemberV1,
  type FamilyPersonalDataV2,
  type WorkerPersonalDataV2,
  WorkerRegisteredV2Event as WorkerRegisteredContract,
  type WorkerRegisteredV2,
  type WorkerSnapshotV2,
  WorkerStatusChanged as WorkerStatusChangedContract,
  type WorkerStatusChangedV1,
  WorkerUpdatedV2Event as WorkerUpdatedContract,
  type WorkerUpdatedV2,
} from '@jaring/contracts';
import type { EventOrigin, NewEvent } from '@jaring/messaging';
import type { FamilyMember, WorkerDetails, WorkerEvent } from '../../domain';

/**
 * Maps the events a Worker's transitions return to their versioned contracts (libs/contracts),
 * ready for the outbox. The worker id is the aggregate id and Kafka key; the tenant is the
 * sponsoring regency. Personal data goes in `personalData`, which the outbox seals for claims
 * (docs/adr/0008); billing and any other reader of the topic get only the fields in clear.
 */
export function toOutboxEvents(events: readonly WorkerEvent[], origin: EventOrigin): NewEvent<object>[] {
  return events.map((event) => toOutboxEvent(event, origin));
}

function toOutboxEvent(event: WorkerEvent, origin: EventOrigin): NewEvent<object> {
  const base = { aggregateId: event.workerId, tenant: event.tenant, origin, occurredAt: new Date(event.occurredAt) };
  switch (event.type) {
    case 'WorkerRegistered': {
      const payload: BeforeSealing<WorkerRegisteredV2, WorkerPersonalDataV2> = {
        ...snapshotOf(event.worker),
        probableDuplicateOf: [...event.probableDuplicateOf],
        flaggedAsProbableDuplicate: event.flaggedAsProbableDuplicate,
      };
      return { ...base, definition: WorkerRegisteredContract, payload } as NewEvent<object>;
    }
    case 'WorkerUpdated': {
      const payload: BeforeSealing<WorkerUpdatedV2, WorkerPersonalDataV2> = {
        ...snapshotOf(event.worker),
        // A review that cleared the flag is the only update that changes this list.
        ...(event.changedFields.includes('probableDuplicateOf') ? { probableDuplicateOf: [] } : {}),
        changedFields: [...event.changedFields],
      };
      return { ...base, definition: WorkerUpdatedContract, payload } as NewEvent<object>;
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
      const personalData: FamilyPersonalDataV2 = { kkNumber: event.kkNumber, members: event.members.map(memberOf) };
      const payload: BeforeSealing<FamilyChangedV2, FamilyPersonalDataV2> = {
        workerId: event.workerId,
        change: { kind: event.change.kind, memberId: event.change.memberId },
        personalData,
      };
      return { ...base, definition: FamilyChangedContract, payload } as NewEvent<object>;
    }
  }
}

function snapshotOf(worker: WorkerDetails): BeforeSealing<WorkerSnapshotV2, WorkerPersonalDataV2> {
  return {
    workerId: worker.workerId,
    sponsorId: worker.sponsorId,
    declaredMonthlyIncome: worker.declaredMonthlyIncome,
    enrolmentDate: worker.enrolmentDate,
    coverageStartDate: worker.coverageStartDate,
    status: worker.status,
    personalData: personalDataOf(worker),
  };
}

function personalDataOf(worker: WorkerDetails): WorkerPersonalDataV2 {
  return {
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
