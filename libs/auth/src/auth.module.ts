import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { JwtRolesGuard } from './jwt-roles.guard';

@Module({})
export class AuthModule {
  static forRoot(jwtSecret: string): DynamicModule {
    return {
      module: AuthModule,
      imports: [JwtModule.register({ secret: jwtSecret, verifyOptions: { algorithms: ['HS256'] } })],
      providers: [{ provide: APP_GUARD, useClass: JwtRolesGuard }],
    };
  }
}
