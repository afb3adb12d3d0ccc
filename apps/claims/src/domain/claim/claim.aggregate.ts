import { ConflictError, DomainError, ForbiddenError, InvalidInputError, type Rupiah } from '@jaring/kernel';
import { calculateBenefits } from '../benefits/benefit.engine';
import {
  OUTCOME_TYPES,
  type BenefitLine,
  type BenefitRequest,
  type OutcomeType,
  type Programme,
} from '../benefits/benefit.types';
import { allocateDeathBenefit, choosePayee, determineHeirs } from '../heirs/heirs.rules';
import type { FacilityPayee } from '../facilities/partner-facility.register';
import type { Person } from '../heirs/heir.types';
import { matchAccountHolderName } from '../payout/account-name-match.rules';
import { daysLate, latePaymentLine } from '../payout/late-payment.rules';
import { paymentClockStart, paymentDueDate } from '../payout/payment-deadline.rules';
import type { ClaimDeadlineRules } from '../benefits/benefit-rule-set.types';
import { BENEFIT_RULE_SETS } from '../benefits/pp82-2019.rule-set';
import { selectRuleSet } from '../benefits/rule-set.selector';
import { payoutIdempotencyKey } from '../payout/payout-idempotency.rules';
import { transferRefusalCode } from '../payout/transfer-refusal.rules';
import { sumRupiah } from '../shared/integer-math.util';
import { assertInstant, assertLocalDate, isBefore, localDateOf, type LocalDate } from '../shared/local-date.util';
import { assertMayApprove, stepsFromAudit, type ClaimStep } from './approval.policy';
import type {
  ApproveCommand,
  AssessCommand,
  CompleteDocumentsCommand,
  ReclassifyCommand,
  RecordHeirsCommand,
  RecordStageTwoCommand,
  RejectCommand,
  ReportAccidentCommand,
  ReportDeathCommand,
  RequestPayoutCommand,
  VerifyCommand,
} from './claim.commands';
import type { ClaimEvent } from './claim.events';
import { claimFlags, isJkkClaimExpired, type ClaimFlags } from './claim-flags.rules';
import {
  assertBankAccount,
  assertCircumstances,
  assertContext,
  assertNewClaim,
  incidentDateViolations,
  requireReason,
} from './claim.guards';
import { assertActionAllowed, PRE_APPROVAL_STATUSES, type ClaimAction } from './claim-lifecycle.rules';
import type { ClaimPolicy } from './claim.policy';
import {
  DEATH_DISPROOF_CODES,
  type AssessmentRecord,
  type BankAccount,
  type ClaimSnapshot,
  type ClaimStatus,
  type ClaimSummary,
  type DeathConfirmation,
  type DocumentsRecord,
  type PayoutLine,
  type PayoutRecord,
  type RefusedTransfer,
  type TransitionContext,
} from './claim.types';
import type { Reimbursement } from './document-checklist.data';
import {
  assertDocumentsComplete,
  requiredDocuments,
  type ChecklistRequirement,
  type DocumentContext,
} from './document-checklist.rules';
import { assertDeathNotClaimedElsewhere, deathClaimedElsewhere, notEligibleError } from './eligibility.rules';

const REFUSED_TRANSFER_MESSAGE =
  "A transfer of this claim was refused and is not paid: give the payee's account again (PUT payout-account)";

/** Until the payout is requested the payee's account may be given or changed. */
const OPEN_FOR_ACCOUNT: readonly ClaimStatus[] = [...PRE_APPROVAL_STATUSES, 'approved'];

const REIMBURSEMENT_FIELDS: ReadonlyArray<[keyof AssessCommand, Reimbursement]> = [
  ['transport', 'transport'],
  ['homeCare', 'non-partner-care'],
  ['nonPartnerCare', 'non-partner-care'],
  ['partnerCare', 'partner-facility-care'],
  ['glasses', 'glasses'],
];

/**
 * A JKK or JKM claim. Each transition validates, changes the state, writes an audit entry and
 * returns the domain events it causes; nothing is published from here. Invalid transitions throw
 * DomainError with a stable code.
 */
export class Claim {
  private constructor(
    private state: ClaimSnapshot,
    private readonly policy: ClaimPolicy,
  ) {}

  /** Stage I: a (suspected) work accident is reported. */
  static reportAccident(
    command: ReportAccidentCommand,
    context: TransitionContext,
    policy: ClaimPolicy,
  ): { claim: Claim; events: ClaimEvent[] } {
    assertContext(context);
    assertNewClaim(command);
    assertCircumstances(command.circumstances);
    assertLocalDate(command.incidentDate, 'incidentDate');
    if (command.incidentAt !== undefined) assertInstant(command.incidentAt, 'incidentAt');
    InvalidInputError.throwIfAny(
      incidentDateViolations(command.incidentDate, command.incidentAt, context, policy.utcOffsetMinutes),
    );
    const claim = Claim.opened(
      command,
      'JKK',
      'reported',
      { incidentDate: command.incidentDate, incidentAt: command.incidentAt, circumstances: command.circumstances },
      context,
      policy,
    );
    return { claim, events: [claim.reportedEvent(context)] };
  }

  /** A death not (yet) attributed to work is reported for JKM. */
  static reportDeath(
    command: ReportDeathCommand,
    context: TransitionContext,
    policy: ClaimPolicy,
  ): { claim: Claim; events: ClaimEvent[] } {
    assertContext(context);
    assertNewClaim(command);
    assertLocalDate(command.dateOfDeath, 'dateOfDeath');
    InvalidInputError.throwIfAny(
      incidentDateViolations(command.dateOfDeath, undefined, context, policy.utcOffsetMinutes, 'dateOfDeath'),
    );
    const claim = Claim.opened(
      command,
      'JKM',
      'death-reported',
      { incidentDate: command.dateOfDeath, dateOfDeath: command.dateOfDeath },
      context,
      policy,
    );
    return { claim, events: [claim.reportedEvent(context)] };
  }

  static rehydrate(snapshot: ClaimSnapshot, policy: ClaimPolicy): Claim {
    return new Claim(structuredClone(snapshot), policy);
  }

  private static opened(
    command: { claimId: string; tenant: string; worker: Person },
    programme: Programme,
    status: ClaimStatus,
    facts: Pick<ClaimSnapshot, 'incidentDate'> & Partial<ClaimSnapshot>,
    context: TransitionContext,
    policy: ClaimPolicy,
  ): Claim {
    const snapshot: ClaimSnapshot = {
      ...facts,
      id: command.claimId,
      tenant: command.tenant,
      programme,
      status,
      worker: command.worker,
      reportedAt: context.at,
      programmeHistory: [],
      audit: [{ action: 'report', actorId: context.actor.id, at: context.at, fromStatus: null, toStatus: status }],
    };
    return new Claim(snapshot, policy);
  }

  get id(): string {
    return this.state.id;
  }

  get status(): ClaimStatus {
    return this.state.status;
  }

  get programme(): Programme {
    return this.state.programme;
  }

  /** A JKM claim, or a JKK claim whose stage II outcome is a death. */
  get isDeath(): boolean {
    return this.state.programme === 'JKM' || this.state.outcome?.details.type === 'death';
  }

  /** The bank refused a transfer of this claim and it has not been sent again yet. */
  get hasRefusedTransfer(): boolean {
    return this.transferLines().some((line) => line.rejection);
  }

  /**
   * The payee's account may be given until the payout is requested, and again once the bank
   * refused a transfer to it (the officer corrects it; only the refused lines are sent again).
   */
  get acceptsPayoutAccount(): boolean {
    return OPEN_FOR_ACCOUNT.includes(this.state.status) || this.hasRefusedTransfer;
  }

  /**
   * Whether the claim's own payee (worker, heir, funeral arranger) needs a usable account for the
   * payout to go ahead: some approved line is theirs, or a refused transfer of theirs waits. Lines of
   * partner facilities go to the register's accounts and never wait for the payee's.
   */
  get needsPayeeAccount(): boolean {
    if (this.state.status === 'approved') return this.assessment().payable.some((line) => !line.payee);
    return this.transferLines().some((line) => line.rejection && !line.facility);
  }

  /** The partner facilities the claim's lines are paid to (their accounts come from the register). */
  get facilityCodes(): string[] {
    const codes = [
      ...(this.state.assessment?.payable ?? []).map((line) => line.payee?.facilityCode),
      ...this.transferLines().map((line) => line.facility?.facilityCode),
    ];
    return [...new Set(codes.filter((code): code is string => code !== undefined))];
  }

  /** The keys of the transfers that pay this claim now: a refused transfer sent again is replaced by its new key. */
  get currentTransferKeys(): string[] {
    return this.transferLines().map((line) => line.idempotencyKey);
  }

  toSnapshot(): ClaimSnapshot {
    return structuredClone(this.state);
  }

  summary(): ClaimSummary {
    return {
      claimId: this.state.id,
      programme: this.state.programme,
      isDeath: this.isDeath,
      incidentDate: this.state.incidentDate,
      status: this.state.status,
      resolution: this.state.resolution,
      confirmedDateOfDeath: this.state.deathConfirmation?.retraction
        ? undefined
        : this.state.deathConfirmation?.dateOfDeath,
    };
  }

  flags(asOf: LocalDate): ClaimFlags {
    return claimFlags(this.state, asOf, this.policy.utcOffsetMinutes, this.deadlines());
  }

  /** The checklist for the officer's screen, from what the claim knows so far. */
  requiredDocuments(reimbursementsClaimed: readonly Reimbursement[] = []): ChecklistRequirement[] {
    return requiredDocuments(this.documentContext(reimbursementsClaimed));
  }

  /** Stage II (JKK): the doctor's outcome. */
  recordStageTwo(command: RecordStageTwoCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('recordStageTwo', context);
    if (!OUTCOME_TYPES.includes(command.outcome?.type)) {
      throw new DomainError(
        'OUTCOME_INVALID',
        `outcome.type must be one of ${OUTCOME_TYPES.join(', ')}`,
        'outcome.type',
      );
    }
    const declaredOn = assertLocalDate(command.declaredOn, 'declaredOn');
    if (isBefore(declaredOn, this.state.incidentDate)) {
      throw new DomainError(
        'OUTCOME_BEFORE_ACCIDENT',
        'The doctor cannot declare an outcome before the accident',
        'declaredOn',
      );
    }
    const dateOfDeath = this.dateOfDeathFor(command.outcome.type, command.dateOfDeath);
    const stillDeath = command.outcome.type === 'death';
    this.transition('recordStageTwo', context, 'stage-ii-recorded', {
      outcome: { details: command.outcome, declaredOn, recordedAt: context.at },
      dateOfDeath,
      heirs: stillDeath ? this.state.heirs : undefined,
    });
    return [{ ...this.eventBase(context), type: 'StageTwoRecorded', outcome: command.outcome.type, declaredOn }];
  }

  /** Who inherits and who is paid (PP 44/2015 art. 37(5)); a death claim only. */
  recordHeirs(command: RecordHeirsCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('recordHeirs', context);
    if (!this.isDeath) throw new DomainError('HEIRS_ONLY_FOR_DEATH', 'Heirs are recorded only on a death claim');
    const determination = determineHeirs(command.familyMembers, command.documents);
    const payee = choosePayee(determination, command.payee);
    const next = this.state.programme === 'JKM' ? 'heirs-determined' : this.state.status;
    this.transition('recordHeirs', context, next, { heirs: { determination, payee } });
    return [
      {
        ...this.eventBase(context),
        type: 'HeirsDetermined',
        heirClass: payee.heirClass,
        payeeId: payee.payee.id,
        payeeKind: payee.kind,
      },
    ];
  }

  /** All documents of the checklist are in: the payment deadline starts. */
  completeDocuments(command: CompleteDocumentsCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('completeDocuments', context);
    if (this.isDeath && !this.state.heirs) {
      throw new ConflictError(
        'HEIRS_NOT_DETERMINED',
        'Record the heirs and the payee first (POST heirs), then complete the documents of this death claim',
      );
    }
    const reimbursementsClaimed = [...(command.reimbursementsClaimed ?? [])];
    assertDocumentsComplete(this.documentContext(reimbursementsClaimed), command.provided);
    const completedOn = localDateOf(context.at, this.policy.utcOffsetMinutes);
    const documents = this.withPaymentClock({
      provided: [...command.provided],
      reimbursementsClaimed,
      completedOn,
      ...(command.eligibility.eligible ? { eligibleOn: completedOn } : {}),
    });
    this.transition('completeDocuments', context, 'documents-complete', { documents });
    return [
      { ...this.eventBase(context), type: 'DocumentsCompleted', completedOn, paymentDueOn: documents.paymentDueOn },
    ];
  }

  /** The officer confirms the claim is covered and genuine. A verified death is confirmed to enrolment. */
  verify(command: VerifyCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('verify', context);
    if (!command.eligibility.eligible) throw notEligibleError(command.eligibility);
    if (this.isDeath) assertDeathNotClaimedElsewhere(this.state.id, command.otherClaimsOfWorker);
    const death = this.confirmedDeath(context);
    const documents = this.state.documents!;
    const verifiedOn = localDateOf(context.at, this.policy.utcOffsetMinutes);
    this.transition('verify', context, 'verified', {
      verifiedBy: context.actor.id,
      deathConfirmation: death?.confirmation ?? this.state.deathConfirmation,
      documents: documents.clockStartedOn ? documents : this.withPaymentClock({ ...documents, eligibleOn: verifiedOn }),
    });
    return [
      { ...this.eventBase(context), type: 'ClaimVerified', programme: this.state.programme },
      ...(death ? [death.event] : []),
    ];
  }

  /**
   * The officer asked to verify but the incident is not covered: the claim stays where it is and
   * the refusal is recorded with its reasons. The death certificate was checked all the same, so a
   * death not claimed elsewhere is confirmed to enrolment (the worker is deceased whatever this
   * claim's outcome; billing stops). The caller answers with notEligibleError.
   */
  refuseVerification(command: VerifyCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('refuseVerification', context);
    if (command.eligibility.eligible) {
      throw new DomainError('CLAIM_ELIGIBLE', 'The incident is covered: verify the claim instead');
    }
    const unconfirmed =
      this.isDeath &&
      !this.state.deathConfirmation &&
      !deathClaimedElsewhere(this.state.id, command.otherClaimsOfWorker);
    const death = unconfirmed ? this.confirmedDeath(context) : undefined;
    const reason = `Verification refused: ${command.eligibility.reasons.map((item) => item.message).join('; ')}`;
    this.transition(
      'refuseVerification',
      context,
      this.state.status,
      death ? { deathConfirmation: death.confirmation } : {},
      reason,
    );
    return death ? [death.event] : [];
  }

  /**
   * Rejects before approval. A rejection says nothing about whether the worker is alive unless it
   * states that the death is disproved: only then is the death this claim confirmed retracted
   * (DeathRetracted), and only once.
   */
  reject(command: RejectCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('reject', context);
    const reason = requireReason(command.reason);
    const disproved = this.disprovedDeath(command, context);
    this.transition(
      'reject',
      context,
      'rejected',
      {
        rejection: { reason, by: context.actor.id, at: context.at },
        ...(disproved ? { deathConfirmation: disproved } : {}),
      },
      reason,
    );
    const events: ClaimEvent[] = [{ ...this.eventBase(context), type: 'ClaimRejected', reason }];
    if (disproved?.retraction) {
      events.push({
        ...this.eventBase(context),
        type: 'DeathRetracted',
        workerId: this.state.worker.id,
        dateOfDeath: disproved.dateOfDeath,
        retractedBy: context.actor.id,
        reasonCode: disproved.retraction.code,
      });
    }
    return events;
  }

  /** A rejected claim goes back to the documents stage; verification and assessment start again. */
  reopen(command: { reason: string }, context: TransitionContext): ClaimEvent[] {
    this.begin('reopen', context);
    const reason = requireReason(command.reason);
    const next = this.documentsStage();
    this.transition('reopen', context, next, { rejection: undefined, ...CLEARED_REVIEW }, reason);
    return [{ ...this.eventBase(context), type: 'ClaimReopened', reason, status: next }];
  }

  /**
   * Moves a death between JKK and JKM (RULES.md §2) before approval, keeping the claim, its heirs
   * and its history. Documents, verification and assessment start again under the new programme.
   */
  reclassify(command: ReclassifyCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('reclassify', context);
    const reason = requireReason(command.reason);
    const from = this.state.programme;
    if (!this.isDeath || !this.state.dateOfDeath)
      throw new DomainError('RECLASSIFY_ONLY_DEATH', 'Only a death can move between JKK and JKM');
    if (command.to === from) throw new DomainError('RECLASSIFY_SAME_PROGRAMME', `The claim is already ${from}`, 'to');
    const change = { from, to: command.to, reason, by: context.actor.id, at: context.at };
    const programmeFacts = command.to === 'JKK' ? this.jkkDeathFacts(command, context) : this.jkmDeathFacts();
    this.transition(
      'reclassify',
      context,
      programmeFacts.status,
      {
        ...programmeFacts.facts,
        programme: command.to,
        rejection: undefined,
        ...CLEARED_REVIEW,
        programmeHistory: [...this.state.programmeHistory, change],
      },
      reason,
    );
    return [{ ...this.eventBase(context), type: 'ClaimReclassified', from, to: command.to, reason }];
  }

  /** Computes the benefit lines under the rule set of the incident date; a death splits them by payee. */
  assess(command: AssessCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('assess', context);
    this.assertReimbursementsDeclared(command);
    const request: BenefitRequest = {
      ...command,
      programme: this.state.programme,
      incidentDate: this.state.incidentDate,
      outcome: this.state.programme === 'JKK' ? this.state.outcome?.details : undefined,
    };
    const result = calculateBenefits(request, this.policy.benefits);
    const allocation =
      this.state.heirs && this.isDeath
        ? allocateDeathBenefit(result.lines, this.state.heirs.payee)
        : { payable: result.lines, notPayable: [] };
    const assessment: AssessmentRecord = {
      result,
      payable: allocation.payable,
      notPayable: allocation.notPayable,
      payableTotal: sumRupiah(allocation.payable.map((line) => line.amount)),
      assessedBy: context.actor.id,
      ...(command.scholarshipAssessmentDate ? { scholarshipAssessmentDate: command.scholarshipAssessmentDate } : {}),
    };
    this.transition('assess', context, 'assessed', { assessment });
    return [
      {
        ...this.eventBase(context),
        type: 'ClaimAssessed',
        ruleSetId: result.ruleSetId,
        lines: result.lines,
        payableTotal: assessment.payableTotal,
        notPayableTotal: sumRupiah(allocation.notPayable.map(({ line }) => line.amount)),
      },
    ];
  }

  /** Who did which step of this claim, from its audit trail: reporter, payee chooser, verifier, assessor, approver. */
  steps(): ClaimStep[] {
    return stepsFromAudit(this.state.audit);
  }

  /**
   * Maker-checker: the approver is none of the claim's makers — its own steps and the payout
   * account's (`accountSteps`, kept outside the aggregate); above the threshold, a supervisor.
   */
  approve(command: ApproveCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('approve', context);
    const payableTotal = this.assessment().payableTotal;
    assertMayApprove(context.actor, [...this.steps(), ...command.accountSteps], payableTotal, this.policy.approval);
    this.assertNotExpiredUnlessOverridden();
    if (this.isDeath) assertDeathNotClaimedElsewhere(this.state.id, command.otherClaimsOfWorker);
    this.transition('approve', context, 'approved', { approvedBy: context.actor.id });
    return [{ ...this.eventBase(context), type: 'ClaimApproved', payableTotal }];
  }

  /**
   * Something the approver would judge (the payout account) changed while the claim waited for
   * approval: the request is withdrawn. The assessment goes with it, so the claim is assessed again
   * and only then approved, by an officer who saw the change. Amounts change only by re-assessing,
   * which replaces the request itself; the payee cannot change once the documents are complete.
   */
  withdrawApprovalRequest(command: { reason: string }, context: TransitionContext): ClaimEvent[] {
    this.begin('withdrawApprovalRequest', context);
    const reason = requireReason(command.reason);
    this.transition('withdrawApprovalRequest', context, 'verified', { assessment: undefined }, reason);
    return [{ ...this.eventBase(context), type: 'ApprovalRequestWithdrawn', reason }];
  }

  /**
   * A JKK claim reported after the right to claim expired is not paid (RULES.md §2) unless a
   * supervisor records why it must be (an occupational disease diagnosed years later). No event:
   * the audit entry carries the supervisor and the reason.
   */
  overrideExpiry(command: { reason: string }, context: TransitionContext): ClaimEvent[] {
    this.begin('overrideExpiry', context);
    const reason = requireReason(command.reason);
    if (!context.actor.roles.includes(this.policy.approval.supervisorRole)) {
      throw new ForbiddenError(
        'SUPERVISOR_OVERRIDE_REQUIRED',
        `Only the role ${this.policy.approval.supervisorRole} may let an expired claim be paid`,
      );
    }
    if (!this.isExpired()) {
      throw new ConflictError('CLAIM_NOT_EXPIRED', 'The right to claim has not expired: there is nothing to override');
    }
    this.transition(
      'overrideExpiry',
      context,
      this.state.status,
      { expiryOverride: { reason, by: context.actor.id, at: context.at } },
      reason,
    );
    return [];
  }

  /**
   * One bank transfer per payable line, each with a deterministic idempotency key. The account
   * must be in the payee's name: a name that does not match automatically needs an officer's
   * confirmation.
   */
  requestPayout(command: RequestPayoutCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('requestPayout', context);
    this.assertNotExpiredUnlessOverridden();
    const payee = this.payee();
    const payable = this.assessment().payable;
    if (payable.length === 0)
      throw new ConflictError('NOTHING_TO_PAY', 'The assessment has no payable line; reject or re-assess the claim');
    const account = payable.some((line) => !line.payee) ? this.checkedAccount(payee, command) : undefined;
    const lines = payable.map((line) =>
      line.payee
        ? this.facilityPayoutLine(registeredFacility(command, line.payee.facilityCode), line)
        : this.payoutLine(payee, line.code, line.amount, line.rule),
    );
    const total = sumRupiah(lines.map((line) => line.amount));
    this.transition('requestPayout', context, 'payout-requested', {
      payout: { payee, ...account, lines, total, requestedAt: context.at },
    });
    return this.payoutRequestedEvents(lines, context);
  }

  /** One PayoutRequested per payee: the claim's payee's lines to its account, each facility's to the register's. */
  private payoutRequestedEvents(lines: readonly PayoutLine[], context: TransitionContext): ClaimEvent[] {
    const payout = this.state.payout!;
    const groups = new Map<string, PayoutLine[]>();
    for (const line of lines) {
      const payeeId = line.facility?.id ?? payout.payee.id;
      groups.set(payeeId, [...(groups.get(payeeId) ?? []), line]);
    }
    return [...groups.values()].map((group) => {
      const facility = group[0].facility;
      const bankAccount = facility?.bankAccount ?? payout.bankAccount!;
      return {
        ...this.eventBase(context),
        type: 'PayoutRequested' as const,
        payeeId: facility?.id ?? payout.payee.id,
        payeeName: facility?.name ?? payout.payee.name,
        ...(facility ? { facilityCode: facility.facilityCode } : {}),
        bankCode: bankAccount.bankCode,
        accountNumber: bankAccount.accountNumber,
        lines: group,
        total: sumRupiah(group.map((line) => line.amount)),
      };
    });
  }

  /**
   * The bank refused one transfer for good (a closed account, an invalid beneficiary): nothing was
   * paid on that line, which waits for the officer to correct the account. Lines already paid are
   * not touched. Only a reason code is kept (see transferRefusalCode).
   */
  recordTransferRefused(
    command: { idempotencyKey: string; reason?: string },
    context: TransitionContext,
  ): ClaimEvent[] {
    this.begin('recordTransferRefused', context);
    const line = this.transferLines().find((candidate) => candidate.idempotencyKey === command.idempotencyKey);
    if (!line) {
      throw new DomainError('PAYOUT_TRANSFER_UNKNOWN', 'No transfer of this claim has this key', 'idempotencyKey');
    }
    const reason = transferRefusalCode(command.reason);
    const refused = (candidate: PayoutLine): PayoutLine =>
      candidate === line ? { ...candidate, rejection: { reason, at: context.at } } : candidate;
    const payout = this.state.payout!;
    this.transition(
      'recordTransferRefused',
      context,
      this.state.status,
      {
        payout: { ...payout, lines: payout.lines.map(refused) },
        lateCompensation: this.state.lateCompensation && refused(this.state.lateCompensation),
      },
      `The bank refused the ${line.code} transfer: ${reason}`,
    );
    return [
      {
        ...this.eventBase(context),
        type: 'PayoutTransferRefused',
        payeeId: line.facility?.id ?? payout.payee.id,
        componentCode: line.code,
        idempotencyKey: line.idempotencyKey,
        reason,
      },
    ];
  }

  /**
   * The officer corrected the account after a refusal: each refused line is requested again, to
   * that account, as a new transfer under a new idempotency key (the bank answers a repeated key
   * with its first result, the refusal). Lines not refused — paid or in flight — are never
   * requested again, so no payee is paid twice.
   */
  redirectRefusedPayout(command: RequestPayoutCommand, context: TransitionContext): ClaimEvent[] {
    this.begin('redirectRefusedPayout', context);
    if (!this.hasRefusedTransfer) {
      throw new ConflictError(
        'NO_REFUSED_TRANSFER',
        'The bank refused no transfer of this claim; nothing to send again',
      );
    }
    const payout = this.state.payout!;
    const account = this.needsPayeeAccount ? this.checkedAccount(payout.payee, command) : undefined;
    const history: RefusedTransfer[] = [];
    const again = (line: PayoutLine): PayoutLine => {
      if (!line.rejection) return line;
      const attempt = (line.attempt ?? 1) + 1;
      if (line.facility) {
        // A facility is paid only into the register's account: the refused account is not tried again.
        const facility = command.facilities?.find((candidate) => candidate.id === line.facility!.id);
        if (!facility || sameBankAccount(facility.bankAccount, line.facility.bankAccount)) return line;
        history.push(refusedTransfer(line));
        return this.facilityPayoutLine(facility, line, attempt);
      }
      history.push(refusedTransfer(line));
      return this.payoutLine(payout.payee, line.code, line.amount, line.rule, attempt);
    };
    const lines = payout.lines.map(again);
    const compensation = this.state.lateCompensation;
    const lateCompensation = compensation && again(compensation);
    if (history.length === 0) return []; // only facility lines wait, for a corrected register
    const resent = lines.filter((line, index) => line !== payout.lines[index]);
    this.transition('redirectRefusedPayout', context, this.state.status, {
      payout: {
        ...payout,
        ...account,
        lines,
        refusedTransfers: [...(payout.refusedTransfers ?? []), ...history],
      },
      lateCompensation,
    });
    const events: ClaimEvent[] = resent.length > 0 ? this.payoutRequestedEvents(resent, context) : [];
    if (lateCompensation && lateCompensation !== compensation) {
      events.push({
        ...this.eventBase(context),
        type: 'LatePaymentCompensationRequested',
        payeeId: payout.payee.id,
        line: lateCompensation,
        daysLate: daysLate(this.state.documents!.paymentDueOn!, this.state.paidOn!),
      });
    }
    return events;
  }

  /**
   * The transfer landed. Paid after the deadline: the late-payment compensation is requested as its
   * own payout. A completion dated before the request (the bank's clock behind ours) is recorded on
   * the request date: the money was paid, and refusing the date would leave the claim unpaid.
   */
  markPaid(command: { paidOn: LocalDate; payeePaidOn?: LocalDate }, context: TransitionContext): ClaimEvent[] {
    this.begin('markPaid', context);
    const payout = this.state.payout!;
    if (payout.lines.some((line) => line.rejection)) {
      throw new ConflictError('PAYOUT_TRANSFER_REFUSED', REFUSED_TRANSFER_MESSAGE);
    }
    const requestedOn = localDateOf(payout.requestedAt, this.policy.utcOffsetMinutes);
    const notBeforeRequest = (date: LocalDate, field: string) => {
      const reportedOn = assertLocalDate(date, field);
      return isBefore(reportedOn, requestedOn) ? requestedOn : reportedOn;
    };
    const paidOn = notBeforeRequest(command.paidOn, 'paidOn');
    const documents = this.state.documents!;
    // Verified before payout, so the clock has started.
    const paymentDueOn = documents.paymentDueOn!;
    // PP 44/2015 art. 37: the 1% a day is owed on the cash benefit, to its payee. A partner facility's
    // care is no cash benefit: it earns no compensation, and its transfer's date does not make the payee's late.
    const cashTotal = sumRupiah(payout.lines.filter((line) => !line.facility).map((line) => line.amount));
    const cashPaidOn = command.payeePaidOn ? notBeforeRequest(command.payeePaidOn, 'payeePaidOn') : paidOn;
    const compensation =
      cashTotal > 0
        ? latePaymentLine(cashTotal, paymentDueOn, cashPaidOn, this.deadlines().latePaymentPercentPerDay)
        : undefined;
    const lateCompensation =
      compensation && this.payoutLine(payout.payee, compensation.code, compensation.amount, compensation.rule);
    this.transition('markPaid', context, 'paid', { paidOn, resolution: 'paid', lateCompensation });
    const events: ClaimEvent[] = [{ ...this.eventBase(context), type: 'ClaimPaid', paidOn, total: payout.total }];
    if (lateCompensation) {
      events.push({
        ...this.eventBase(context),
        type: 'LatePaymentCompensationRequested',
        payeeId: payout.payee.id,
        line: lateCompensation,
        daysLate: daysLate(paymentDueOn, cashPaidOn),
      });
    }
    return events;
  }

  close(context: TransitionContext): ClaimEvent[] {
    this.begin('close', context);
    if (this.hasRefusedTransfer) {
      throw new ConflictError('PAYOUT_TRANSFER_REFUSED', REFUSED_TRANSFER_MESSAGE);
    }
    const resolution = this.state.status === 'paid' ? 'paid' : 'rejected';
    this.transition('close', context, 'closed', { resolution });
    return [{ ...this.eventBase(context), type: 'ClaimClosed', resolution }];
  }

  /** The confirmation with its retraction, when the rejection disproves the death; undefined otherwise. */
  private disprovedDeath(command: RejectCommand, context: TransitionContext): DeathConfirmation | undefined {
    if (command.deathDisproved !== true) {
      if (command.disproofCode !== undefined) {
        throw new DomainError(
          'DISPROOF_CODE_WITHOUT_DISPROOF',
          'A disproof code is given only when the death is disproved (deathDisproved: true)',
          'disproofCode',
        );
      }
      return undefined;
    }
    const confirmation = this.state.deathConfirmation;
    if (!confirmation || confirmation.retraction) {
      throw new ConflictError(
        'DEATH_NOT_CONFIRMED',
        'This claim has no confirmed death to disprove (never verified as a death, or already retracted)',
        'deathDisproved',
      );
    }
    if (!DEATH_DISPROOF_CODES.includes(command.disproofCode!)) {
      throw new DomainError(
        'DISPROOF_CODE_REQUIRED',
        `A disproved death needs a disproofCode: one of ${DEATH_DISPROOF_CODES.join(', ')}`,
        'disproofCode',
      );
    }
    return { ...confirmation, retraction: { code: command.disproofCode!, by: context.actor.id, at: context.at } };
  }

  /** The death of this claim as confirmed by the acting officer, and its event; undefined if it is no death. */
  private confirmedDeath(
    context: TransitionContext,
  ): { confirmation: DeathConfirmation; event: ClaimEvent } | undefined {
    const dateOfDeath = this.isDeath ? this.state.dateOfDeath : undefined;
    if (!dateOfDeath) return undefined;
    return {
      confirmation: { dateOfDeath, confirmedBy: context.actor.id, confirmedAt: context.at },
      event: {
        ...this.eventBase(context),
        type: 'DeathConfirmed',
        workerId: this.state.worker.id,
        dateOfDeath,
        programme: this.state.programme,
        confirmedBy: context.actor.id,
      },
    };
  }

  /** The documents with the payment clock started and the deadline set, once the clock starts. */
  private withPaymentClock(documents: DocumentsRecord): DocumentsRecord {
    const clockStartedOn = paymentClockStart(documents);
    if (!clockStartedOn) return documents;
    const paymentDueOn = paymentDueDate(this.state.programme, clockStartedOn, this.policy.calendar, this.deadlines());
    return { ...documents, clockStartedOn, paymentDueOn };
  }

  private isExpired(): boolean {
    const reportedOn = localDateOf(this.state.reportedAt, this.policy.utcOffsetMinutes);
    return isJkkClaimExpired(this.state, reportedOn, this.deadlines());
  }

  private assertNotExpiredUnlessOverridden(): void {
    if (!this.isExpired() || this.state.expiryOverride) return;
    throw new ConflictError(
      'JKK_CLAIM_EXPIRED',
      `Not payable: ${this.deadlines().jkkClaimExpiryYears.rule}. A claims-supervisor may override it with a reason (POST expiry-override)`,
    );
  }

  /** The time limits of the rule set in force on the incident date (RULES.md §2–3). */
  private deadlines(): ClaimDeadlineRules {
    return selectRuleSet(this.state.incidentDate, this.policy.benefits.ruleSets ?? BENEFIT_RULE_SETS).deadlines;
  }

  private begin(action: ClaimAction, context: TransitionContext): void {
    assertContext(context);
    assertActionAllowed(action, this.state.programme, this.state.status);
  }

  private transition(
    action: ClaimAction,
    context: TransitionContext,
    to: ClaimStatus,
    changes: Partial<ClaimSnapshot>,
    reason?: string,
  ): void {
    const entry = {
      action,
      actorId: context.actor.id,
      at: context.at,
      fromStatus: this.state.status,
      toStatus: to,
      ...(reason ? { reason } : {}),
    };
    this.state = { ...this.state, ...changes, status: to, audit: [...this.state.audit, entry] };
  }

  private eventBase(context: TransitionContext) {
    return { claimId: this.state.id, tenant: this.state.tenant, occurredAt: context.at, actorId: context.actor.id };
  }

  private reportedEvent(context: TransitionContext): ClaimEvent {
    return {
      ...this.eventBase(context),
      type: 'ClaimReported',
      programme: this.state.programme,
      workerId: this.state.worker.id,
      incidentDate: this.state.incidentDate,
    };
  }

  private dateOfDeathFor(outcome: OutcomeType, dateOfDeath: LocalDate | undefined): LocalDate | undefined {
    if (outcome !== 'death') return undefined;
    if (dateOfDeath === undefined)
      throw new DomainError('DATE_OF_DEATH_REQUIRED', 'A death outcome needs the date of death', 'dateOfDeath');
    assertLocalDate(dateOfDeath, 'dateOfDeath');
    if (isBefore(dateOfDeath, this.state.incidentDate)) {
      throw new DomainError('DEATH_BEFORE_ACCIDENT', 'The date of death is before the accident', 'dateOfDeath');
    }
    return dateOfDeath;
  }

  /** Where documents are gathered: after stage II (JKK) or after the heirs (JKM), or earlier if those are missing. */
  private documentsStage(): ClaimStatus {
    if (this.state.programme === 'JKK') return this.state.outcome ? 'stage-ii-recorded' : 'reported';
    return this.state.heirs ? 'heirs-determined' : 'death-reported';
  }

  private jkkDeathFacts(
    command: ReclassifyCommand,
    context: TransitionContext,
  ): { status: ClaimStatus; facts: Partial<ClaimSnapshot> } {
    const dateOfDeath = this.state.dateOfDeath!;
    const circumstances = assertCircumstances(command.circumstances);
    const accidentDate = assertLocalDate(command.accidentDate ?? dateOfDeath, 'accidentDate');
    if (isBefore(dateOfDeath, accidentDate))
      throw new DomainError('DEATH_BEFORE_ACCIDENT', 'The accident is after the death', 'accidentDate');
    return {
      status: 'stage-ii-recorded',
      facts: {
        incidentDate: accidentDate,
        circumstances,
        outcome: { details: { type: 'death' }, declaredOn: dateOfDeath, recordedAt: context.at },
      },
    };
  }

  private jkmDeathFacts(): { status: ClaimStatus; facts: Partial<ClaimSnapshot> } {
    return {
      status: this.state.heirs ? 'heirs-determined' : 'death-reported',
      facts: {
        incidentDate: this.state.dateOfDeath!,
        incidentAt: undefined,
        circumstances: undefined,
        outcome: undefined,
      },
    };
  }

  private documentContext(reimbursements: readonly Reimbursement[]): DocumentContext {
    const payee = this.state.heirs?.payee;
    return {
      programme: this.state.programme,
      outcomeType: this.state.outcome?.details.type,
      circumstances: this.state.circumstances,
      reimbursements,
      payeeKind: this.isDeath ? payee?.kind : 'worker',
      heirRelationship: payee?.kind === 'heir' ? payee.payee.relationship : undefined,
    };
  }

  private assertReimbursementsDeclared(command: AssessCommand): void {
    const declared = this.state.documents?.reimbursementsClaimed ?? [];
    for (const [field, reimbursement] of REIMBURSEMENT_FIELDS) {
      if (command[field] !== undefined && !declared.includes(reimbursement)) {
        throw new DomainError(
          'REIMBURSEMENT_WITHOUT_RECEIPTS',
          `${field} was not declared with its receipts when the documents were completed`,
          field,
        );
      }
    }
  }

  private assessment(): AssessmentRecord {
    return this.state.assessment!;
  }

  /** The worker, or for a death the chosen heir or funeral arranger. */
  private payee(): Person {
    if (!this.isDeath) return this.state.worker;
    const { id, name } = this.state.heirs!.payee.payee;
    return { id, name };
  }

  /** The benefit lines and the late-payment compensation: every transfer the claim orders. */
  private transferLines(): PayoutLine[] {
    const compensation = this.state.lateCompensation;
    return [...(this.state.payout?.lines ?? []), ...(compensation ? [compensation] : [])];
  }

  /** The account must be in the payee's name: a name that does not match needs an officer's confirmation. */
  private checkedAccount(
    payee: Person,
    command: RequestPayoutCommand,
  ): { bankAccount: BankAccount; nameCheck: PayoutRecord['nameCheck'] } {
    const bankAccount = assertBankAccount(command.bankAccount);
    const nameCheck = matchAccountHolderName(payee.name, bankAccount.holderName);
    if (nameCheck.result === 'needs-manual-confirmation' && !command.nameConfirmedBy) {
      throw new DomainError(
        'ACCOUNT_NAME_NEEDS_CONFIRMATION',
        `The account holder '${bankAccount.holderName}' does not match the payee '${payee.name}'; an officer must confirm it`,
        'bankAccount.holderName',
      );
    }
    return { bankAccount, nameCheck: { ...nameCheck, confirmedBy: command.nameConfirmedBy } };
  }

  /** A partner facility's line, keyed by the facility as payee: it and the payee's lines are each paid once. */
  private facilityPayoutLine(
    facility: FacilityPayee,
    line: Pick<BenefitLine, 'code' | 'amount' | 'rule'>,
    attempt = 1,
  ): PayoutLine {
    return { ...this.payoutLine(facility, line.code, line.amount, line.rule, attempt), facility };
  }

  private payoutLine(payee: Person, code: string, amount: Rupiah, rule: string, attempt = 1): PayoutLine {
    const parts = { claimId: this.state.id, payeeId: payee.id, componentCode: code };
    return attempt === 1
      ? { code, amount, rule, idempotencyKey: payoutIdempotencyKey(parts) }
      : { code, amount, rule, attempt, idempotencyKey: payoutIdempotencyKey({ ...parts, attempt }) };
  }
}

function registeredFacility(command: RequestPayoutCommand, facilityCode: string): FacilityPayee {
  const facility = command.facilities?.find((candidate) => candidate.facilityCode === facilityCode);
  if (!facility) {
    throw new ConflictError(
      'PARTNER_FACILITY_NOT_REGISTERED',
      `Facility ${facilityCode} is not in the partner-facility register: its care is paid once the register lists it`,
    );
  }
  return facility;
}

function sameBankAccount(a: BankAccount, b: BankAccount): boolean {
  return a.bankCode === b.bankCode && a.accountNumber === b.accountNumber;
}

function refusedTransfer(line: PayoutLine): RefusedTransfer {
  return {
    code: line.code,
    amount: line.amount,
    idempotencyKey: line.idempotencyKey,
    attempt: line.attempt ?? 1,
    reason: line.rejection!.reason,
    at: line.rejection!.at,
  };
}

/** Review results that no longer hold once a claim is reopened or re-classified. */
const CLEARED_REVIEW: Partial<ClaimSnapshot> = { documents: undefined, verifiedBy: undefined, assessment: undefined };
