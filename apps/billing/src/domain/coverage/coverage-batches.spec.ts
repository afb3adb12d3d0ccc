import { COVERAGE_BATCH_MAX_WORKERS } from '@jaring/contracts';
import { COVERAGE_BATCH_SIZE, coverageBatchCount } from './coverage-batches';

describe('coverage batches', () => {
  it('splits a month of 1,000,000 workers into 1,000 messages, each within the contract limit', () => {
    expect(COVERAGE_BATCH_SIZE).toBe(COVERAGE_BATCH_MAX_WORKERS);
    expect(coverageBatchCount(1_000_000)).toBe(1_000);
    expect(coverageBatchCount(25_714)).toBe(26);
    expect(coverageBatchCount(1)).toBe(1);
    expect(coverageBatchCount(0)).toBe(0);
  });
});
