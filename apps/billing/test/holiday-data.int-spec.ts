import { MetricsServer } from '@jaring/observability';
import { BillingTestApp } from './support/billing-test-app';

describe('holiday data on readiness and metrics (the running service)', () => {
  const billing = new BillingTestApp('billing_holiday_data');

  beforeAll(async () => {
    await billing.start();
  });

  afterAll(async () => billing.stop());

  it('reports the holiday data on /health/ready and its days remaining on /metrics', async () => {
    const ready = await billing.http().get('/health/ready').expect(200);
    expect(ready.body.info['holiday-data']).toMatchObject({ status: 'up' });
    const lastDay = Date.UTC(2027, 11, 31);
    const today = Date.parse(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
    const daysRemaining = Math.round((lastDay - today) / 86_400_000);
    // A warning appears only within 90 days of 31 Dec 2027, the end of the shipped files.
    if (daysRemaining > 90) expect(ready.body.info['holiday-data']).not.toHaveProperty('warning');
    else expect(ready.body.info['holiday-data'].warning).toContain('add the holidays of 2028');

    // Metrics are served on their own port (METRICS_PORT), not the API's.
    const metrics = await (await fetch(billing.app.get(MetricsServer).url)).text();
    expect(metrics).toContain(
      `jaring_holiday_data_days_remaining{calendar="ID national holidays + cuti bersama"} ${daysRemaining}`,
    );
  });
});
