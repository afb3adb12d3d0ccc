export * from './http-errors.filter';
export * from './validation';
export * from './platform.module';
export * from './bootstrap';
export * from './audit-head.publisher';
export * from './paging';
export * from './request-body';
