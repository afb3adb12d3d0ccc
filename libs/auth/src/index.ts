export * from './roles';
export * from './actor';
export * from './access-matrix';
export * from './access.guard';
export * from './token-verifier';
export * from './auth.module';
export * from './tenant-scope';
export * from './tenant-scope.interceptor';
