import { randomUUID } from 'node:crypto';
import { DomainError, NotFoundError } from '@jaring/kernel';
import {
  approveScholarshipYear,
  assessScholarshipYear,
  requestScholarshipYear,
  scholarshipYearsPaidByClaim,
  usedYear,
  type ClaimActor,
  type ScholarshipEvidence,
  type ScholarshipYear,
  type SchoolLevel,
} from '../../domain';
import type { ClaimsUnitOfWork } from '../ports/claims-unit-of-work';
import type { PayoutTrigger } from '../ports/payout-trigger';
import type { ChangeScope, ClaimWorkflow } from '../shared/claim-workflow';
import type { ClaimsSettings } from '../shared/claims-settings';
import { assessmentBasis, childOnFamilyCard, memberOfClaim } from '../shared/membership';
import { payeeOf, usableAccount } from '../shared/payout-ordering';

export interface RequestScholarshipYearCommand {
  claimId: string;
  childMemberId: string;
  schoolYear: string;
  level: SchoolLevel;
  evidence: ScholarshipEvidence;
}

/**
 * Later school years of a paid death claim's scholarship (RULES.md §4). Each runs in the claim's
 * transaction (the claim row is locked, so two requests for one claim never count the same
 * history) and writes its audit row on the claim. The child's facts come from the family
 * projection and the years already used from the claim and its earlier requests — never typed in.
 * No event: PayoutRequested v1 only admits the purposes 'benefit' and 'late-payment-compensation'.
 */
export class ScholarshipYearsHandler {
  constructor(
    private readonly workflow: ClaimWorkflow,
    private readonly unitOfWork: ClaimsUnitOfWork,
    private readonly settings: ClaimsSettings,
    private readonly trigger: PayoutTrigger,
  ) {}

  async request(command: RequestScholarshipYearCommand, actor: ClaimActor): Promise<ScholarshipYear> {
    const { result } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const claim = scope.claim.toSnapshot();
      const members = scope.transaction.members;
      const member = await memberOfClaim(members, claim);
      const child = childOnFamilyCard(await members.family(member.workerId), command.childMemberId, 'childMemberId');
      const line = assessScholarshipYear(
        {
          claim,
          basis: await assessmentBasis(members, member, claim.incidentDate),
          child,
          schoolYear: command.schoolYear,
          level: command.level,
          history: await this.history(scope),
        },
        this.settings.policy.benefits,
      );
      const year = requestScholarshipYear(
        {
          id: randomUUID(),
          claimId: claim.id,
          childId: child.id,
          schoolYear: command.schoolYear,
          level: command.level,
          evidence: command.evidence,
        },
        line,
        scope.context,
      );
      await scope.transaction.scholarships.insert(year);
      scope.note('request-scholarship-year', { after: { scholarshipYear: year } });
      return year;
    });
    return result;
  }

  /**
   * A second officer approves; the year is ordered at once to the claim's payee, on the account the
   * claim was paid into (it must still be usable), as its own payout instruction.
   */
  async approve(command: { claimId: string; scholarshipYearId: string }, actor: ClaimActor): Promise<ScholarshipYear> {
    const { result } = await this.workflow.change(command.claimId, actor, async (scope) => {
      const year = await scope.transaction.scholarships.get(command.claimId, command.scholarshipYearId, true);
      if (!year) {
        throw new NotFoundError(
          'SCHOLARSHIP_YEAR_NOT_FOUND',
          `There is no scholarship year ${command.scholarshipYearId} on this claim`,
          'scholarshipYearId',
        );
      }
      const claim = scope.claim.toSnapshot();
      const payee = payeeOf(claim);
      const { account, blocker } = usableAccount(scope, await memberOfClaim(scope.transaction.members, claim));
      if (!payee || !account || blocker) {
        throw new DomainError(
          'SCHOLARSHIP_PAYOUT_BLOCKED',
          `The claim's payee account is not usable (${blocker ?? 'PAYOUT_ACCOUNT_MISSING'}); correct it first`,
        );
      }
      const refusedBefore = (await scope.transaction.scholarships.ofClaim(claim.id)).filter(
        (other) => other.status === 'refused' && other.childId === year.childId && other.schoolYear === year.schoolYear,
      ).length;
      const approved = approveScholarshipYear(
        year,
        {
          payee,
          bankAccount: {
            bankCode: account.bankCode,
            accountNumber: account.accountNumber,
            holderName: account.holderName,
          },
          attempt: refusedBefore + 1,
        },
        scope.context,
        this.settings.policy.approval,
      );
      const payout = approved.payout!;
      await scope.transaction.scholarships.update(approved);
      await scope.transaction.payouts.insert([
        {
          idempotencyKey: payout.idempotencyKey,
          claimId: claim.id,
          tenant: claim.tenant,
          purpose: 'scholarship',
          payeeId: payout.payee.id,
          payeeName: payout.payee.name,
          componentCode: approved.code,
          amount: approved.amount,
          rule: `${approved.rule} (school year ${approved.schoolYear})`,
          bankAccount: payout.bankAccount,
          status: 'requested',
          attempts: 0,
          nextAttemptAt: new Date(scope.context.at),
          createdAt: new Date(scope.context.at),
        },
      ]);
      scope.note('approve-scholarship-year', {
        before: { scholarshipYear: year },
        after: { scholarshipYear: approved },
      });
      scope.afterCommit(() => this.trigger.wake());
      return approved;
    });
    return result;
  }

  async ofClaim(claimId: string): Promise<ScholarshipYear[]> {
    return this.unitOfWork.run((transaction) => transaction.scholarships.ofClaim(claimId));
  }

  private async history(scope: ChangeScope) {
    const requested = await scope.transaction.scholarships.ofClaim(scope.claim.id);
    return [
      ...scholarshipYearsPaidByClaim(scope.claim.toSnapshot()),
      ...requested.flatMap((year) => usedYear(year) ?? []),
    ];
  }
}
