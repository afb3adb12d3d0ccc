import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enrolWorker } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { waitFor } from '../support/test-environment';

describe('prior BPJS membership travels from enrolment to claims (RULES.md §3–4)', () => {
  let services: RunningServices;
  let enrolment: INestApplication;
  let claims: INestApplication;

  beforeAll(async () => {
    services = await startServices(['enrolment', 'claims'], {
      label: 'prior_membership',
      extra: { enrolment: { ACTIVATION_INTERVAL_MS: '0' } },
    });
    [enrolment, claims] = [services.get('enrolment'), services.get('claims')];
  });

  afterAll(async () => {
    await services?.stop();
  });

  it('is recorded at enrolment with its proof and kept in the claims projection', async () => {
    const workerId = await enrolWorker(enrolment, {
      nik: '7604011205900005',
      fullName: 'Sudirman Lama',
      priorMembership: { bpjsMembershipStart: '2021-04-01', monthsPaid: 40, proofDocument: 'Kartu BPJS TK 2101' },
    });
    const member = await waitFor(
      async () => {
        const [row] = await claims
          .get(DataSource)
          .query(
            `SELECT prior_membership_start::text AS start, prior_months_paid AS months FROM member WHERE worker_id = $1`,
            [workerId],
          );
        return row;
      },
      { what: 'the worker in the claims projection' },
    );
    expect(member).toEqual({ start: '2021-04-01', months: 40 });
  });
});
