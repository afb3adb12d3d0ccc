/**
 * The claims domain: plain TypeScript business rules of JKK and JKM claims. The application and
 * infrastructure layers import from here only; see README.md for the rules, sources and policies.
 */

// Benefit engine.
export { calculateBenefits, type BenefitEngineOptions } from './benefits/benefit.engine';
export type {
  BenefitAssessment,
  BenefitExclusion,
  BenefitLine,
  BenefitRequest,
  ChildInput,
  DisabilityTableSelection,
  OutcomeInput,
  OutcomeType,
  PartnerCareInvoice,
  Programme,
  SchoolLevel,
  TransportClaim,
  TransportMode,
} from './benefits/benefit.types';
export { BENEFIT_CODES, FUNERAL_LINE_CODES, scholarshipCode, transportCode } from './benefits/benefit.codes';
export { DEFAULT_BENEFIT_POLICY, type BenefitPolicy } from './benefits/benefit.policy';
export type { BenefitRuleSet } from './benefits/benefit-rule-set.types';
export { BENEFIT_RULE_SETS, benefitIncomeLimits, PP82_2019_RULE_SET } from './benefits/pp82-2019.rule-set';
export { selectRuleSet } from './benefits/rule-set.selector';
export { assertQuotableWithoutMembershipStart } from './benefits/jkm-benefits.calculator';
export { PP82_2019_DISABILITY_TABLE } from './benefits/disability-table.data';
export type { DisabilityTableRow } from './benefits/disability-table.types';
export { resolveDisabilityPercent } from './benefits/disability-percent.calculator';

// Partner facilities (the register claims reads; RULES.md §2).
export {
  assertPartnerFacilities,
  facilityPayeeAsOf,
  parsePartnerFacilityRegister,
  partnerFacilityOn,
  type FacilityPayee,
  type PartnerFacility,
} from './facilities/partner-facility.register';

// Heirs.
export { allocateDeathBenefit, choosePayee, determineHeirs } from './heirs/heirs.rules';
export type { DeathBenefitAllocation, NotPayableLine, PayeeRequest } from './heirs/heirs.rules';
export { heirClassOf } from './heirs/heir-class.rules';
export type {
  FamilyMember,
  HeirCandidate,
  HeirClass,
  HeirConsent,
  HeirDetermination,
  HeirDocuments,
  PayeeChoice,
  Person,
  Relationship,
} from './heirs/heir.types';

// Claim aggregate and its rules.
export { Claim } from './claim/claim.aggregate';
export type * from './claim/claim.commands';
export type { ClaimPolicy } from './claim/claim.policy';
export type * from './claim/claim.events';
export type * from './claim/claim.types';
export { DEATH_DISPROOF_CODES } from './claim/claim.types';
export { claimFlags, type ClaimFlags } from './claim/claim-flags.rules';
export { assertMayAssign } from './claim/assignment.rules';
export { scanContentTypeOf, type ScanContentType } from './claim/document-scan.rules';
export { nextStep, PRE_APPROVAL_STATUSES, transitionNotAllowed, type ClaimAction } from './claim/claim-lifecycle.rules';
export { ACCIDENT_CATEGORIES } from './claim/claim.guards';
export {
  assertAccidentNotClaimedTwice,
  assertDeathNotClaimedElsewhere,
  assertWorkerNotDeceased,
  type BilledMonth,
  checkEligibility,
  type CoverageFacts,
  deathClaimedElsewhere,
  DEFAULT_COVERAGE_POLICY,
  type CoveragePolicy,
  type EligibilityResult,
  type InvoicePaymentState,
  type MembershipFacts,
  notEligibleError,
  type PaidMonth,
} from './claim/eligibility.rules';
export { benefitIncome } from './claim/benefit-income.rules';
export { withPriorMembership, type PriorMembership } from './claim/prior-membership.rules';
export {
  assertMayApprove,
  assertOtherOfficer,
  DEFAULT_APPROVAL_POLICY,
  stepsFromAudit,
  type ApprovalPolicy,
  type ClaimRole,
  type ClaimStep,
} from './claim/approval.policy';
export {
  DOCUMENT_REQUIREMENTS,
  type DocumentCode,
  type DocumentRequirement,
  type Reimbursement,
} from './claim/document-checklist.data';
export {
  missingDocuments,
  requiredDocuments,
  type ChecklistRequirement,
  type DocumentContext,
} from './claim/document-checklist.rules';

// Scholarship school years after a paid death claim.
export type { SchoolYear } from './scholarship/school-year';
export {
  assessScholarshipYear,
  scholarshipYearsPaidByClaim,
  type ScholarshipChildFacts,
  type ScholarshipYearLine,
  type ScholarshipYearQuery,
  type ScholarshipYearUsed,
} from './scholarship/scholarship-year.rules';
export {
  approveScholarshipYear,
  requestScholarshipYear,
  settleScholarshipYear,
  usedYear,
  type ScholarshipEvidence,
  type ScholarshipYear,
  type ScholarshipYearStatus,
} from './scholarship/scholarship-year';

// Payout.
export {
  isPaymentOverdue,
  paymentClockStart,
  paymentDueDate,
  type PaymentClockFacts,
  type WorkingDayCalendar,
} from './payout/payment-deadline.rules';
export { daysLate, latePaymentLine } from './payout/late-payment.rules';
export { payoutIdempotencyKey, type PayoutKeyParts } from './payout/payout-idempotency.rules';
export { transferRefusalCode } from './payout/transfer-refusal.rules';
export { matchAccountHolderName, normalisePersonName, type AccountNameMatch } from './payout/account-name-match.rules';

export { addMonths, type LocalDate, type YearMonth } from './shared/local-date.util';
