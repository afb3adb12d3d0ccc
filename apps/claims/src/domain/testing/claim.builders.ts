import { DEFAULT_BENEFIT_POLICY } from '../benefits/benefit.policy';
import { Claim } from '../claim/claim.aggregate';
import type { RecordHeirsCommand, ReportAccidentCommand } from '../claim/claim.commands';
import type { ClaimPolicy } from '../claim/claim.policy';
import { DEFAULT_APPROVAL_POLICY } from '../claim/approval.policy';
import type { ClaimActor, TransitionContext } from '../claim/claim.types';
import type { DocumentCode } from '../claim/document-checklist.data';
import type { EligibilityResult } from '../claim/eligibility.rules';
import type { OutcomeInput, PartnerCareInvoice } from '../benefits/benefit.types';
import type { FacilityPayee } from '../facilities/partner-facility.register';
import { weekendCalendar } from './weekend-calendar.stub';

/** Polewali Mandar keeps WITA, UTC+8. */
export const WITA_OFFSET_MINUTES = 480;

export const OFFICER_A: ClaimActor = { id: 'officer-a', roles: ['claims-officer'] };
export const OFFICER_B: ClaimActor = { id: 'officer-b', roles: ['claims-officer'] };
export const SUPERVISOR: ClaimActor = { id: 'supervisor-s', roles: ['claims-supervisor'] };

export const ELIGIBLE: EligibilityResult = { eligible: true, reasons: [] };

export function aClaimPolicy(overrides: Partial<ClaimPolicy> = {}): ClaimPolicy {
  return {
    utcOffsetMinutes: WITA_OFFSET_MINUTES,
    approval: DEFAULT_APPROVAL_POLICY,
    benefits: { policy: DEFAULT_BENEFIT_POLICY },
    calendar: weekendCalendar(),
    ...overrides,
  };
}

/** A transition context at a local WITA time, e.g. by(OFFICER_A, '2026-03-12 10:00'). */
export function by(actor: ClaimActor, localDateTime: string): TransitionContext {
  return { actor, at: `${localDateTime.replace(' ', 'T')}:00+08:00` };
}

export const WORKER = { id: 'worker-1', name: 'Hj. Siti Aminah, S.Pd.' };

export function anAccidentReport(overrides: Partial<ReportAccidentCommand> = {}): ReportAccidentCommand {
  return {
    claimId: 'claim-jkk-1',
    tenant: '76.04',
    worker: WORKER,
    incidentDate: '2026-03-02',
    circumstances: { category: 'commuting', trafficAccident: false },
    ...overrides,
  };
}

/** Widow Rahmawati is paid; her son Andi consents; the worker's father is a class-2 relative. */
export const WIDOW_WITH_SON: RecordHeirsCommand = {
  familyMembers: [
    { id: 'rahma', name: 'Rahmawati', relationship: 'spouse', alive: true },
    { id: 'andi', name: 'Andi Saputra', relationship: 'child', alive: true },
    { id: 'ayah', name: 'Baharuddin', relationship: 'parent', alive: true },
  ],
  documents: { heirStatementMemberIds: ['rahma', 'andi'] },
  payee: {
    payeeId: 'rahma',
    heirStatementMemberIds: ['rahma', 'andi'],
    consents: [{ memberId: 'andi', consentedOn: '2026-03-11' }],
  },
};

export const JKK_BASE_DOCUMENTS: DocumentCode[] = [
  'MEMBERSHIP_CARD_OR_NIK',
  'KTP',
  'STAGE_I_FORM',
  'STAGE_II_FORM',
  'DOCTOR_STATEMENT',
  'CHRONOLOGY_TWO_WITNESSES',
  'PAYEE_SAVINGS_BOOK',
];

export const SPOUSE_HEIR_DOCUMENTS: DocumentCode[] = [
  'DEATH_CERTIFICATE',
  'FAMILY_CARD',
  'KTP_HEIR',
  'HEIR_STATEMENT',
  'MARRIAGE_BOOK',
  'PAYEE_SAVINGS_BOOK',
];

export const JKM_SPOUSE_DOCUMENTS: DocumentCode[] = ['KTP_DECEASED', ...SPOUSE_HEIR_DOCUMENTS];

export const MINIMUM_INCOME_ASSESSMENT = {
  declaredMonthlyIncome: 1_000_000,
  contributionMonths: 40,
  membershipStartDate: '2022-10-06',
};

/** A JKM claim for a death on Tue 10 Mar 2026, taken as far as `until`. */
export function aJkmClaim(
  until: 'reported' | 'heirs' | 'documents' | 'verified' | 'assessed' | 'approved' | 'payout',
  policy = aClaimPolicy(),
): Claim {
  const { claim } = Claim.reportDeath(
    { claimId: 'claim-jkm-1', tenant: '76.04', worker: WORKER, dateOfDeath: '2026-03-10' },
    by(OFFICER_A, '2026-03-11 09:00'),
    policy,
  );
  const steps: Array<[string, () => unknown]> = [
    ['heirs', () => claim.recordHeirs(WIDOW_WITH_SON, by(OFFICER_A, '2026-03-11 10:00'))],
    [
      'documents',
      () =>
        claim.completeDocuments(
          { eligibility: ELIGIBLE, provided: JKM_SPOUSE_DOCUMENTS },
          by(OFFICER_A, '2026-03-12 10:00'),
        ),
    ],
    [
      'verified',
      () => claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-12 11:00')),
    ],
    ['assessed', () => claim.assess(MINIMUM_INCOME_ASSESSMENT, by(OFFICER_A, '2026-03-12 11:30'))],
    ['approved', () => claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(OFFICER_B, '2026-03-13 09:00'))],
    [
      'payout',
      () =>
        claim.requestPayout(
          { bankAccount: { bankCode: 'BRI', accountNumber: '0123456789', holderName: 'RAHMAWATI' } },
          by(OFFICER_B, '2026-03-13 10:00'),
        ),
    ],
  ];
  for (const [step, run] of steps) {
    if (until === 'reported') break;
    run();
    if (step === until) break;
  }
  return claim;
}

/** RSUD Polewali Mandar as the partner-facility register pays it. */
export const RSUD: FacilityPayee = {
  id: 'facility:PLKK-7604-001',
  facilityCode: 'PLKK-7604-001',
  name: 'RSUD Polewali Mandar',
  bankAccount: { bankCode: '126', accountNumber: '1260010000001', holderName: 'RSUD POLEWALI MANDAR' },
};

export const RSUD_INVOICE: PartnerCareInvoice = {
  facilityCode: 'PLKK-7604-001',
  amount: 35_000_000,
  invoiceReference: 'INV/RSUD/0113',
};

/** A JKK accident (2 Mar 2026) with care at a partner facility, documented with its invoice, verified and assessed. */
export function anAssessedAccidentWithCare(
  outcome: OutcomeInput,
  partnerCare: PartnerCareInvoice[] = [RSUD_INVOICE],
): Claim {
  const { claim } = Claim.reportAccident(anAccidentReport(), by(OFFICER_A, '2026-03-02 15:00'), aClaimPolicy());
  claim.recordStageTwo({ outcome, declaredOn: '2026-03-09' }, by(OFFICER_A, '2026-03-09 09:00'));
  claim.completeDocuments(
    {
      eligibility: ELIGIBLE,
      provided: [...JKK_BASE_DOCUMENTS, 'FACILITY_INVOICE'],
      reimbursementsClaimed: ['partner-facility-care'],
    },
    by(OFFICER_A, '2026-03-10 10:00'),
  );
  claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(OFFICER_A, '2026-03-10 11:00'));
  claim.assess({ ...MINIMUM_INCOME_ASSESSMENT, partnerCare }, by(OFFICER_A, '2026-03-10 12:00'));
  return claim;
}
