import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from './roles';

/** Who is calling, as proven by the bearer token: an opaque subject id and roles, never a name. */
export interface Actor {
  subject: string;
  roles: Role[];
}

export const TOKEN_ISSUER = 'jaring';
export const TOKEN_AUDIENCE = 'jaring-services';

/** Injects the authenticated caller into a controller method. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => context.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
