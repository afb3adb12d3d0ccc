import { NotFoundError } from '@jaring/kernel';
import { daysBetween } from '@jaring/calendar';
import { Claim, type ClaimFlags, type EligibilityResult } from '../../domain';
import type { ClaimListFilter, ClaimReads, StoredAuditRow } from '../ports/claim.reads';
import type { ClaimRecord } from '../ports/claim.store';
import type { ClaimsTransaction, ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { PayoutInstruction } from '../ports/payout.store';
import { checklistOf, type ChecklistItem } from '../record-documents/record-documents.handler';
import type { ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { eligibilityOf } from '../shared/membership';
import { blockedByOf, type BlockedBy } from './blocked-by';

export interface ClaimView extends ClaimListItem {
  checklist: ChecklistItem[];
  payouts: PayoutInstruction[];
  audit: StoredAuditRow[];
}

export interface ClaimListItem {
  record: ClaimRecord;
  flags: ClaimFlags;
  /** Judged now from the projections; undefined when the worker left the projection. */
  eligibility?: EligibilityResult;
  /** What keeps the claim from its money, if anything but the next officer's step. */
  blockedBy?: BlockedBy;
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
    const { item, payouts } = await this.unitOfWork.run(async (transaction) => {
      const stored = await transaction.claims.get(claimId, false);
      if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
      return { item: await this.itemOf(transaction, stored), payouts: await transaction.payouts.ofClaim(claimId) };
    });
    return {
      ...item,
      checklist: checklistOf(item.record, this.settings),
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

  async list(filter: Omit<ClaimListFilter, 'overdueOn'>): Promise<{ items: ClaimListItem[]; total: number }> {
    const { items, total } = await this.reads.list(filter);
    return { items: await this.itemsOf(items), total };
  }

  /** Unpaid claims whose statutory payment deadline (7 / 3 working days after completion) has passed. */
  async overdue(limit: number, offset: number): Promise<{ items: OverdueClaim[]; total: number; asOf: string }> {
    const asOf = this.workflow.today();
    const { items, total } = await this.reads.list({ overdueOn: asOf, limit, offset });
    return {
      asOf,
      total,
      items: (await this.itemsOf(items)).map((item) => ({
        ...item,
        daysOverdue: daysBetween(item.record.snapshot.documents!.paymentDueOn!, asOf),
      })),
    };
  }

  /** Each claim with its flags, eligibility and blocker, so a queue shows them without a call per claim. */
  private itemsOf(records: readonly ClaimRecord[]): Promise<ClaimListItem[]> {
    return this.unitOfWork.run(async (transaction) => {
      const items: ClaimListItem[] = [];
      for (const record of records) items.push(await this.itemOf(transaction, record));
      return items;
    });
  }

  private async itemOf(transaction: ClaimsTransaction, record: ClaimRecord): Promise<ClaimListItem> {
    const eligibility = await eligibilityOf(
      transaction.members,
      record.snapshot,
      this.settings,
      this.workflow.now(),
    ).catch(() => undefined);
    const flags = Claim.rehydrate(record.snapshot, this.settings.policy).flags(this.workflow.today());
    return { record, flags, eligibility, blockedBy: blockedByOf(record, eligibility) };
  }

  private async exists(claimId: string): Promise<void> {
    const stored = await this.unitOfWork.run((transaction) => transaction.claims.get(claimId, false));
    if (!stored) throw new NotFoundError('CLAIM_NOT_FOUND', `There is no claim ${claimId}`, 'claimId');
  }
}
