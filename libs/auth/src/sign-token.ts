import { JwtService } from '@nestjs/jwt';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './actor';
import type { Role } from './roles';

/** Signs a token the services accept. Used by `npm run dev:token` and by tests. */
export function signToken(
  secret: string,
  roles: Role[],
  subject = `dev-${roles.join('+')}`,
  expiresInSeconds = 8 * 3600,
): string {
  return new JwtService({ secret }).sign(
    { roles },
    { subject, issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, algorithm: 'HS256', expiresIn: expiresInSeconds },
  );
}
