export * from './personal-data';
export * from './logging';
export * from './metrics';
export * from './health';
