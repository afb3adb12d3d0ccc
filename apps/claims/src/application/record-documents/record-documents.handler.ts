import { NotFoundError } from '@jaring/kernel';
import {
  Claim,
  PRE_APPROVAL_STATUSES,
  transitionNotAllowed,
  type ClaimActor,
  type DocumentCode,
  type ChecklistRequirement,
  type LocalDate,
  type Reimbursement,
} from '../../domain';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { ChangeScope, ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { eligibilityOf } from '../shared/membership';

export interface RecordDocumentsCommand {
  claimId: string;
  documents: Array<{ code: DocumentCode; reference?: string; receivedOn?: LocalDate }>;
}

export interface CompleteDocumentsCommand {
  claimId: string;
  /** Costs the payee asks to be reimbursed (transport, non-partner care, glasses): each needs receipts. */
  reimbursementsClaimed?: Reimbursement[];
}

export type ChecklistItem = ChecklistRequirement & {
  provided: boolean;
  satisfiedBy: DocumentCode[];
};

/**
 * The documents checklist of RULES.md §6: documents are recorded as they arrive; "complete" checks
 * the checklist (400 DOCUMENTS_MISSING names what is missing) and, when the incident is covered,
 * starts the payment deadline.
 */
export class RecordDocumentsHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly unitOfWork: ClaimsUnitOfWork,
    private readonly settings: ClaimsSettings,
  ) {}

  async record(command: RecordDocumentsCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, (scope) => {
      if (!PRE_APPROVAL_STATUSES.includes(scope.claim.status)) {
        throw transitionNotAllowed('record documents', scope.claim.programme, scope.claim.status);
      }
      const before = scope.details.documentsReceived.map((document) => document.code);
      receiveDocuments(scope, command.documents, this.workflow.today());
      scope.note('record-documents', {
        before: { documentsReceived: before },
        after: { documentsReceived: scope.details.documentsReceived.map((document) => document.code) },
      });
    });
    return record;
  }

  async complete(command: CompleteDocumentsCommand, actor: ClaimActor): Promise<ClaimRecord> {
    const { record } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const eligibility = await eligibilityOf(
        scope.transaction.members,
        scope.claim.toSnapshot(),
        this.settings,
        this.workflow.now(),
      );
      scope.transition((context) =>
        scope.claim.completeDocuments(
          {
            provided: scope.details.documentsReceived.map((document) => document.code),
            reimbursementsClaimed: command.reimbursementsClaimed ?? [],
            eligibility,
          },
          context,
        ),
      );
    });
    return record;
  }

  /** What the claim needs, as far as it is known now, and what was received. */
  async checklist(claimId: string, reimbursements: readonly Reimbursement[] = []): Promise<ChecklistItem[]> {
    const stored = await this.unitOfWork.run((transaction) => transaction.claims.get(claimId, false));
    if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
    return checklistOf(stored, this.settings, reimbursements);
  }
}

/** Records `documents` as received on the claim; a code received again replaces the earlier entry. */
export function receiveDocuments(
  scope: ChangeScope,
  documents: RecordDocumentsCommand['documents'],
  today: LocalDate,
): void {
  for (const document of documents) {
    const received = {
      code: document.code,
      ...(document.reference ? { reference: document.reference } : {}),
      receivedOn: document.receivedOn ?? today,
      recordedBy: scope.context.actor.id,
      recordedAt: scope.context.at,
    };
    const index = scope.details.documentsReceived.findIndex((existing) => existing.code === document.code);
    if (index >= 0) scope.details.documentsReceived[index] = received;
    else scope.details.documentsReceived.push(received);
  }
}

export function checklistOf(
  stored: ClaimRecord,
  settings: ClaimsSettings,
  reimbursements: readonly Reimbursement[] = stored.snapshot.documents?.reimbursementsClaimed ?? [],
): ChecklistItem[] {
  const claim = Claim.rehydrate(stored.snapshot, settings.policy);
  const received = new Set(stored.details.documentsReceived.map((document) => document.code));
  return claim.requiredDocuments([...reimbursements]).map((requirement) => {
    const satisfiedBy = requirement.accepts.filter((code) => received.has(code));
    return { ...requirement, provided: satisfiedBy.length > 0, satisfiedBy };
  });
}
