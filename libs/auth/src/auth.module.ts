import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ACCESS_MATRIX, AccessGuard } from './access.guard';
import { type AccessMatrix, PLATFORM_ACCESS } from './access-matrix';
import { TenantScopeInterceptor } from './tenant-scope.interceptor';
import { OidcTokenVerifier, type TokenRules } from './token-verifier';

@Module({})
export class AuthModule {
  /** Every HTTP route of the service is checked against `matrix` (plus the platform's own routes). */
  static forRoot(rules: TokenRules, matrix: AccessMatrix): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: OidcTokenVerifier, useValue: new OidcTokenVerifier(rules) },
        { provide: ACCESS_MATRIX, useValue: { ...PLATFORM_ACCESS, ...matrix } },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantScopeInterceptor },
      ],
      exports: [OidcTokenVerifier],
    };
  }
}
