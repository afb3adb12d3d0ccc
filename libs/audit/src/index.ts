export * from './audit-record';
export * from './audit-record.response';
export * from './audit-context';
export * from './audit-context.interceptor';
export * from './audit-log';
export * from './audit-tables.migration';
