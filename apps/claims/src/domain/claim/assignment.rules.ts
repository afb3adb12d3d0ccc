import { ConflictError, ForbiddenError } from '@jaring/kernel';
import type { ClaimActor } from './claim.types';

/** The role that hands claims out to officers (the work queue's "assign"). */
export const ASSIGNING_ROLE = 'claims-supervisor';

/**
 * Who may put a claim in whose work queue: a claims supervisor assigns any claim to any officer
 * (and moves it between them); an officer may only take an unassigned claim for themself.
 */
export function assertMayAssign(actor: ClaimActor, officerId: string, currentlyAssignedTo: string | undefined): void {
  if (actor.roles.includes(ASSIGNING_ROLE)) return;
  if (officerId !== actor.id) {
    throw new ForbiddenError(
      'ASSIGNMENT_NOT_ALLOWED',
      'only a claims supervisor assigns a claim to another officer; take it for yourself instead',
      'officerId',
    );
  }
  if (currentlyAssignedTo !== undefined && currentlyAssignedTo !== actor.id) {
    throw new ConflictError(
      'CLAIM_ALREADY_ASSIGNED',
      'the claim is already assigned to another officer; a claims supervisor can move it',
      undefined,
      { assignedTo: currentlyAssignedTo },
    );
  }
}
