import { NotFoundError } from '@jaring/kernel';
import { Claim, type ClaimFlags, type ClaimStatus, type EligibilityResult, type Programme } from '../../domain';
import type { ClaimReads, StoredAuditRow } from '../ports/claim.reads';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { PayoutInstruction } from '../ports/payout.store';
import { checklistOf, type ChecklistItem } from '../record-documents/record-documents.handler';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { eligibilityOf } from '../shared/membership';

export interface ClaimView {
  record: ClaimRecord;
  flags: ClaimFlags;
  checklist: ChecklistItem[];
  /** Judged now from the projections; undefined when the worker left the projection. */
  eligibility?: EligibilityResult;
  payouts: PayoutInstruction[];
  audit: StoredAuditRow[];
}

export interface ClaimListItem {
  record: ClaimRecord;
  flags: ClaimFlags;
}

export interface OverdueClaim extends ClaimListItem {
  daysOverdue: number;
}

/** The officer's screens: one claim with everything about it, lists and the overdue worklist. */
export class ReadClaimsHandler {
  constructor(
    private readonly unitOfWork: ClaimsUnitOfWork,
    private readonly reads: ClaimReads,
    private readonly workflow: ClaimWorkflow,
    private readonly settings: ClaimsSettings,
  ) {}

  async get(claimId: string): Promise<ClaimView> {
    const { record, payouts, eligibility } = await this.unitOfWork.run(async (transaction) => {
      const stored = await transaction.claims.get(claimId, false);
      if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
      const judged = await eligibilityOf(transaction.members, stored.snapshot, this.settings.coverage).catch(
        () => undefined,
      );
      return { record: stored, payouts: await transaction.payouts.ofClaim(claimId), eligibility: judged };
    });
    return {
      record,
      flags: this.flagsOf(record),
      checklist: checklistOf(record, this.settings),
      eligibility,
      payouts,
      audit: await this.reads.audit(claimId),
    };
  }

  async audit(claimId: string): Promise<StoredAuditRow[]> {
    await this.exists(claimId);
    return this.reads.audit(claimId);
  }

  async payouts(claimId: string): Promise<PayoutInstruction[]> {
    await this.exists(claimId);
    return this.unitOfWork.run((transaction) => transaction.payouts.ofClaim(claimId));
  }

  async list(filter: {
    status?: ClaimStatus;
    programme?: Programme;
    workerId?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: ClaimListItem[]; total: number }> {
    const { items, total } = await this.reads.list(filter);
    return { items: items.map((record) => ({ record, flags: this.flagsOf(record) })), total };
  }

  /** Unpaid claims whose statutory payment deadline (7 / 3 working days after completion) has passed. */
  async overdue(limit: number, offset: number): Promise<{ items: OverdueClaim[]; total: number; asOf: string }> {
    const asOf = this.workflow.today();
    const { items, total } = await this.reads.list({ overdueOn: asOf, limit, offset });
    return {
      asOf,
      total,
      items: items.map((record) => ({
        record,
        flags: this.flagsOf(record),
        daysOverdue: Math.round(
          (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${record.snapshot.documents!.paymentDueOn}T00:00:00Z`)) /
            86_400_000,
        ),
      })),
    };
  }

  private flagsOf(record: ClaimRecord): ClaimFlags {
    return Claim.rehydrate(record.snapshot, this.settings.policy).flags(this.workflow.today());
  }

  private async exists(claimId: string): Promise<void> {
    const stored = await this.unitOfWork.run((transaction) => transaction.claims.get(claimId, false));
    if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
  }
}
