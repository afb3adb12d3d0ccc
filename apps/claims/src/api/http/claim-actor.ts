import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@jaring/auth';
import type { ClaimActor } from '../../domain';

/** The authenticated caller as the claim rules see it (maker-checker compares subjects and roles). */
export const CurrentClaimActor = createParamDecorator((_data: unknown, context: ExecutionContext): ClaimActor => {
  const { actor } = context.switchToHttp().getRequest<{ actor: Actor }>();
  return { id: actor.subject, roles: actor.roles };
});
