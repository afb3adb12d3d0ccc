import { register } from 'prom-client';
import type { ClaimReads } from '../../application/ports/claim.reads';
import { PrometheusClaimsMetrics } from './claims.metrics';

/** The gauge's source: counts while the database answers, a failure once it does not. */
function switchableReads() {
  const state = { failing: false };
  const reads = {
    countsByState: async () => {
      if (state.failing) throw new Error('connection terminated');
      return [{ programme: 'JKK', status: 'verified', count: 3 }];
    },
  } as unknown as ClaimReads;
  return { reads, state };
}

async function scrape(name: string) {
  return (await register.getSingleMetric(name)?.get())?.values ?? [];
}

describe('the claims-by-state gauge', () => {
  it('keeps the last counts and counts the failure when the database does not answer a scrape', async () => {
    const { reads, state } = switchableReads();
    const metrics = new PrometheusClaimsMetrics(reads);
    metrics.start();
    try {
      const before = await scrape('jaring_claims_by_state');
      expect(before).toEqual([expect.objectContaining({ labels: { programme: 'JKK', status: 'verified' }, value: 3 })]);
      const failuresBefore = (await scrape('jaring_claims_by_state_read_failures_total'))[0]?.value ?? 0;

      state.failing = true;
      expect(await scrape('jaring_claims_by_state')).toEqual(before);
      expect((await scrape('jaring_claims_by_state_read_failures_total'))[0]?.value).toBe(failuresBefore + 1);
    } finally {
      metrics.stop();
    }
  });
});
