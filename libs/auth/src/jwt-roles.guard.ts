import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { type Actor, TOKEN_AUDIENCE, TOKEN_ISSUER } from './actor';
import { isRole, PUBLIC_KEY, type Role, ROLES_KEY } from './roles';

interface TokenClaims {
  sub?: unknown;
  roles?: unknown;
}

/**
 * Global guard: every HTTP route needs a valid bearer JWT unless marked `@Public()`, and the roles
 * named by `@Roles(...)`. Non-HTTP contexts (Kafka handlers) are not its business.
 */
@Injectable()
export class JwtRolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const allowed =
      required.length === 0 || actor.roles.includes('admin') || required.some((role) => actor.roles.includes(role));
    if (!allowed) throw new ForbiddenException(`This action needs one of the roles: ${required.join(', ')}`);
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    const token = header?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: ['HS256'],
      });
    } catch {
      throw new UnauthorizedException('The bearer token is invalid or expired');
    }
    const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
    if (typeof claims.sub !== 'string' || roles.length === 0) {
      throw new UnauthorizedException('The bearer token names no subject or no known role');
    }
    return { subject: claims.sub, roles };
  }
}
