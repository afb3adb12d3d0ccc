import { ConflictError } from '@jaring/kernel';
import { domainErrorOf } from '../testing/domain-error.helper';
import {
  aClaimPolicy,
  by,
  ELIGIBLE,
  JKM_SPOUSE_DOCUMENTS,
  MINIMUM_INCOME_ASSESSMENT,
  SUPERVISOR,
  WIDOW_WITH_SON,
  WORKER,
} from '../testing/claim.builders';
import { assertMayApprove, DEFAULT_APPROVAL_POLICY, type ClaimStep } from './approval.policy';
import { Claim } from './claim.aggregate';
import type { ClaimActor } from './claim.types';

const officer = (id: string): ClaimActor => ({ id, roles: ['claims-officer'] });
const [REPORTER, CHOOSER, VERIFIER, ASSESSOR, APPROVER] = ['rina', 'chandra', 'vera', 'asep', 'putri'].map(officer);

/** A JKM claim whose steps were each taken by a different officer, up to the assessment. */
function anAssessedClaimOfFourOfficers(): Claim {
  const { claim } = Claim.reportDeath(
    { claimId: 'claim-jkm-4', tenant: '76.04', worker: WORKER, dateOfDeath: '2026-03-10' },
    by(REPORTER, '2026-03-11 09:00'),
    aClaimPolicy(),
  );
  claim.recordHeirs(WIDOW_WITH_SON, by(CHOOSER, '2026-03-11 10:00'));
  claim.completeDocuments({ eligibility: ELIGIBLE, provided: JKM_SPOUSE_DOCUMENTS }, by(REPORTER, '2026-03-12 10:00'));
  claim.verify({ eligibility: ELIGIBLE, otherClaimsOfWorker: [] }, by(VERIFIER, '2026-03-12 11:00'));
  claim.assess(MINIMUM_INCOME_ASSESSMENT, by(ASSESSOR, '2026-03-12 11:30'));
  return claim;
}

describe('four eyes on approval', () => {
  it.each([
    ['reporter', REPORTER],
    ['payee-chooser', CHOOSER],
    ['verifier', VERIFIER],
    ['assessor', ASSESSOR],
  ])('refuses the %s as approver with a 409 naming the role, not the officer', (role, actor) => {
    const claim = anAssessedClaimOfFourOfficers();
    const error = domainErrorOf(() =>
      claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(actor, '2026-03-13 09:00')),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      code: 'MAKER_CHECKER_VIOLATION',
      details: { rule: 'four-eyes', actingRole: 'approver', conflictingRole: role },
    });
    expect(JSON.stringify(error?.details)).not.toContain(actor.id);
    expect(claim.status).toBe('assessed');
  });

  it.each(['account-enterer', 'account-confirmer'] as const)(
    'refuses the officer who was the payout account’s %s',
    (role) => {
      const claim = anAssessedClaimOfFourOfficers();
      const accountSteps: ClaimStep[] = [{ role, by: APPROVER.id, at: '2026-03-12T12:00:00+08:00' }];
      expect(
        domainErrorOf(() => claim.approve({ otherClaimsOfWorker: [], accountSteps }, by(APPROVER, '2026-03-13 09:00'))),
      ).toMatchObject({ code: 'MAKER_CHECKER_VIOLATION', details: { conflictingRole: role } });
    },
  );

  it('lets a fifth officer approve and lists who did which step', () => {
    const claim = anAssessedClaimOfFourOfficers();
    claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(APPROVER, '2026-03-13 09:00'));
    expect(claim.steps().map((step) => [step.role, step.by])).toEqual([
      ['reporter', 'rina'],
      ['payee-chooser', 'chandra'],
      ['verifier', 'vera'],
      ['assessor', 'asep'],
      ['approver', 'putri'],
    ]);
  });

  it('keeps an officer whose assessment was replaced from approving: every maker counts, not only the last', () => {
    const claim = anAssessedClaimOfFourOfficers();
    claim.assess(MINIMUM_INCOME_ASSESSMENT, by(VERIFIER, '2026-03-12 12:00'));
    expect(
      domainErrorOf(() =>
        claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(ASSESSOR, '2026-03-13 09:00')),
      ),
    ).toMatchObject({ details: { conflictingRole: 'assessor' } });
  });

  it('keeps the supervisor threshold above Rp50,000,000 as it was', () => {
    const officerOnly = officer('oscar');
    expect(() => assertMayApprove(officerOnly, [], 50_000_000, DEFAULT_APPROVAL_POLICY)).not.toThrow();
    expect(domainErrorOf(() => assertMayApprove(officerOnly, [], 50_000_001, DEFAULT_APPROVAL_POLICY))).toMatchObject({
      code: 'SUPERVISOR_APPROVAL_REQUIRED',
    });
    expect(() => assertMayApprove(SUPERVISOR, [], 70_000_000, DEFAULT_APPROVAL_POLICY)).not.toThrow();
  });

  it('withdraws the approval request: back to verified without the assessment, assessed again before approval', () => {
    const claim = anAssessedClaimOfFourOfficers();
    const events = claim.withdrawApprovalRequest(
      { reason: 'The payout account changed' },
      by(REPORTER, '2026-03-12 15:00'),
    );
    expect(events).toEqual([
      expect.objectContaining({ type: 'ApprovalRequestWithdrawn', reason: 'The payout account changed' }),
    ]);
    expect(claim.status).toBe('verified');
    expect(claim.toSnapshot().assessment).toBeUndefined();
    expect(
      domainErrorOf(() =>
        claim.approve({ otherClaimsOfWorker: [], accountSteps: [] }, by(APPROVER, '2026-03-13 09:00')),
      ),
    ).toMatchObject({ code: 'CLAIM_TRANSITION_NOT_ALLOWED' });
  });
});
