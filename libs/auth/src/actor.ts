import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from './roles';

/**
 * Who is calling, as proven by the bearer token: an opaque subject id, roles, and the regencies
 * (tenants, Kemendagri codes such as 76.04) whose records the caller may see. Never a name.
 */
export interface Actor {
  subject: string;
  roles: Role[];
  tenants: string[];
}

/** Injects the authenticated caller into a controller method. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
