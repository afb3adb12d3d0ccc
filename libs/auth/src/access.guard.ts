import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Actor } from './actor';
import { type AccessMatrix, isAllowed, PUBLIC, routeKeyOf } from './access-matrix';
import { InvalidToken, OidcTokenVerifier } from './token-verifier';

export const ACCESS_MATRIX = Symbol('ACCESS_MATRIX');

/**
 * Global guard: every HTTP route is looked up in the service's access matrix. A route missing from
 * the matrix is refused to everyone (the matrix test names it); a public route needs no token; any
 * other needs a valid bearer token with one of the route's roles. Kafka handlers are not its business.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    @Inject(ACCESS_MATRIX) private readonly matrix: AccessMatrix,
    private readonly verifier: OidcTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const route = routeKeyOf(context.getClass(), context.getHandler());
    const rule = this.matrix[route];
    if (rule === PUBLIC) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;
    if (!isAllowed(rule, actor.roles)) {
      throw new ForbiddenException(
        rule === undefined
          ? 'This route is not open to any role'
          : `This action needs one of the roles: ${rule.join(', ')}`,
      );
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    const token = header?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required');
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw new UnauthorizedException(error.message);
      this.logger.warn(`cannot check tokens: ${(error as Error).message}`);
      throw new ServiceUnavailableException('The identity provider cannot be reached; try again shortly');
    }
  }
}
