import { domainErrorOf } from '../testing/domain-error.helper';
import { assertMayAssign } from './assignment.rules';

const officer = { id: 'officer-andi', roles: ['claims-officer'] };
const supervisor = { id: 'supervisor-citra', roles: ['claims-supervisor'] };

describe('assigning a claim', () => {
  it('lets an officer take an unassigned claim, or one already theirs', () => {
    expect(domainErrorOf(() => assertMayAssign(officer, officer.id, undefined))).toBeUndefined();
    expect(domainErrorOf(() => assertMayAssign(officer, officer.id, officer.id))).toBeUndefined();
  });

  it('refuses an officer assigning a claim to someone else', () => {
    expect(domainErrorOf(() => assertMayAssign(officer, 'officer-budi', undefined))).toMatchObject({
      code: 'ASSIGNMENT_NOT_ALLOWED',
      field: 'officerId',
    });
  });

  it("refuses an officer taking another officer's claim, naming who holds it", () => {
    expect(domainErrorOf(() => assertMayAssign(officer, officer.id, 'officer-budi'))).toMatchObject({
      code: 'CLAIM_ALREADY_ASSIGNED',
      details: { assignedTo: 'officer-budi' },
    });
  });

  it('lets a supervisor assign and reassign to anyone', () => {
    expect(domainErrorOf(() => assertMayAssign(supervisor, 'officer-budi', 'officer-andi'))).toBeUndefined();
  });
});
