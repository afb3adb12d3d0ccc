import { decideDeathRetraction, type StatusHistoryFacts } from './death-retraction.rules';

const ENROLLED: StatusHistoryFacts = { from: null, to: 'pending', effectiveDate: '2025-09-01' };
const ACTIVATED: StatusHistoryFacts = { from: 'pending', to: 'active', effectiveDate: '2025-10-06' };
const LAPSED: StatusHistoryFacts = { from: 'active', to: 'suspended', effectiveDate: '2026-02-01' };

function deathBy(claimId: string | undefined, from: StatusHistoryFacts['from'] = 'active'): StatusHistoryFacts {
  return { from, to: 'deceased', effectiveDate: '2026-03-10', ...(claimId ? { claimId } : {}) };
}

describe('decideDeathRetraction', () => {
  it('restores an active worker, active since the activation, when the claim of the death retracts it', () => {
    expect(decideDeathRetraction('deceased', [ENROLLED, ACTIVATED, deathBy('claim-1')], 'claim-1')).toEqual({
      kind: 'restore',
      status: 'active',
      effectiveDate: '2025-10-06',
    });
  });

  it('restores a lapsed worker as suspended from the day the lapse began, not from the death', () => {
    const history = [ENROLLED, ACTIVATED, LAPSED, deathBy('claim-1', 'suspended')];
    expect(decideDeathRetraction('deceased', history, 'claim-1')).toEqual({
      kind: 'restore',
      status: 'suspended',
      effectiveDate: '2026-02-01',
    });
  });

  it('takes the latest time the earlier status began (re-activated after a lapse)', () => {
    const reactivated: StatusHistoryFacts = { from: 'suspended', to: 'active', effectiveDate: '2026-02-20' };
    const history = [ENROLLED, ACTIVATED, LAPSED, reactivated, deathBy('claim-1')];
    expect(decideDeathRetraction('deceased', history, 'claim-1')).toMatchObject({ effectiveDate: '2026-02-20' });
  });

  it('changes nothing when the death was recorded from another claim, or from no known claim', () => {
    expect(decideDeathRetraction('deceased', [ENROLLED, ACTIVATED, deathBy('claim-1')], 'claim-2')).toEqual({
      kind: 'unchanged',
      reason: 'death-from-another-claim',
    });
    expect(decideDeathRetraction('deceased', [ENROLLED, ACTIVATED, deathBy(undefined)], 'claim-2')).toEqual({
      kind: 'unchanged',
      reason: 'death-from-another-claim',
    });
  });

  it('changes nothing for a worker who is not deceased, including one whose death was already retracted', () => {
    expect(decideDeathRetraction('active', [ENROLLED, ACTIVATED], 'claim-1')).toEqual({
      kind: 'unchanged',
      reason: 'not-deceased',
    });
    const retracted: StatusHistoryFacts = {
      from: 'deceased',
      to: 'active',
      effectiveDate: '2025-10-06',
      claimId: 'claim-1',
    };
    expect(decideDeathRetraction('active', [ENROLLED, ACTIVATED, deathBy('claim-1'), retracted], 'claim-1')).toEqual({
      kind: 'unchanged',
      reason: 'not-deceased',
    });
  });

  it('undoes only the latest death: a death confirmed again after a retraction', () => {
    const retracted: StatusHistoryFacts = {
      from: 'deceased',
      to: 'active',
      effectiveDate: '2025-10-06',
      claimId: 'claim-1',
    };
    const history = [ENROLLED, ACTIVATED, deathBy('claim-1'), retracted, deathBy('claim-3')];
    expect(decideDeathRetraction('deceased', history, 'claim-1')).toMatchObject({ kind: 'unchanged' });
    expect(decideDeathRetraction('deceased', history, 'claim-3')).toMatchObject({ kind: 'restore', status: 'active' });
  });
});
