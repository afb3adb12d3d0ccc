export * from './domain-error';
export * from './money';
export * from './text';
export * from './webhook-signature';
export * from './nik';
export * from './csv';
