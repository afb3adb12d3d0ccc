import { actionsFor } from './claim-actions';
import type { Claim } from './claim.types';

const ids = (status: Claim['status'], programme: Claim['programme'] = 'JKM') =>
  actionsFor({ id: 'c1', status, programme }).map((action) => action.id);

describe('the actions a claim page offers', () => {
  it('follows a JKM death claim through its steps', () => {
    expect(ids('death-reported')).toEqual(['heirs', 'payout-account', 'reclassify', 'reject']);
    expect(ids('documents-complete')).toEqual([
      'heirs',
      'complete',
      'verify',
      'payout-account',
      'reclassify',
      'reject',
    ]);
    expect(ids('verified')).toEqual(['assess', 'payout-account', 'reclassify', 'reject']);
    expect(ids('assessed')).toEqual(['assess', 'payout-account', 'approve', 'confirm-account', 'reclassify', 'reject']);
    expect(ids('approved')).toEqual(['payout-account', 'confirm-account']);
    expect(ids('closed')).toEqual([]);
  });

  it('offers stage II only on JKK claims', () => {
    expect(ids('reported', 'JKK')).toContain('stage-two');
    expect(ids('reported', 'JKM')).not.toContain('stage-two');
  });

  it('posts to the claim it belongs to', () => {
    const [verify] = actionsFor({ id: 'abc', status: 'documents-complete', programme: 'JKK' }).filter(
      (action) => action.id === 'verify',
    );
    expect(verify.path).toBe('/v1/claims/abc/verification');
  });
});
