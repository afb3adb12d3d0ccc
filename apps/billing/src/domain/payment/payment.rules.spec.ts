import { ConflictError } from '@jaring/kernel';
import { assertReversalApprover } from './payment.rules';

describe('four eyes on a payment reversal', () => {
  const request = {
    reason: 'SP2D cancelled',
    requestedBy: 'finance-andi',
    requestedAt: new Date('2026-04-10T03:00:00Z'),
  };

  it('lets a second finance user approve the request', () => {
    expect(assertReversalApprover(request, 'finance-budi')).toBe(request);
  });

  it('refuses the requester with a conflict naming the role, never the user', () => {
    let refused: unknown;
    try {
      assertReversalApprover(request, 'finance-andi');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({
      code: 'MAKER_CHECKER_VIOLATION',
      details: { rule: 'four-eyes', actingRole: 'reversal-approver', conflictingRole: 'reversal-requester' },
    });
    expect(JSON.stringify((refused as ConflictError).details)).not.toContain('finance-andi');
  });

  it('has nothing to approve without a request', () => {
    expect(() => assertReversalApprover(null, 'finance-budi')).toThrow(
      expect.objectContaining({ code: 'REVERSAL_NOT_REQUESTED' }),
    );
  });
});
