export * from './roles';
export * from './actor';
export * from './jwt-roles.guard';
export * from './auth.module';
export * from './sign-token';
