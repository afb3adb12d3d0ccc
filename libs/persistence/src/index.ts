export * from './ensure-database';
export * from './rupiah.transformer';
export * from './data-source-options';
export * from './copy-rows';
export * from './postgres-errors';
export * from './like-pattern';
