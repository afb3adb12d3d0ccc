/**
 * Coverage changes go out as numbered batches of at most this many workers, so a month of
 * 1,000,000 workers is 1,000 messages rather than a million (docs/adr/0003). It equals the
 * contract's COVERAGE_BATCH_MAX_WORKERS; a unit test keeps them together.
 */
export const COVERAGE_BATCH_SIZE = 1_000;

export function coverageBatchCount(workers: number): number {
  return Math.ceil(workers / COVERAGE_BATCH_SIZE);
}
