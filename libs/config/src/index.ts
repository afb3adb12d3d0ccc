export * from './load-config';
export * from './deployment-variables';
export * from './service-config';
