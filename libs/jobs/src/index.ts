export * from './durable-jobs';
