export * from './income-basis';
export * from './income-bracket-file';
export * from './read-income-bracket-file';
