import request from 'supertest';
import { verifyAuditChain } from '@jaring/audit';
import { baseUrlOf } from '../../../test/support/test-environment';
import { bearer } from '../../../test/support/tokens';
import { aRegistration } from '../src/domain/testing/enrolment.builders';
import { EnrolmentTestApp } from './support/enrolment-test-app';

describe("enrolment's audit trail: worker changes with their actor, read by supervisors (real PostgreSQL)", () => {
  const service = new EnrolmentTestApp('enrolment_audit', { ACTIVATION_INTERVAL_MS: '0' });
  let url: string;
  let tokens: Record<'registrar' | 'editor' | 'supervisor', string>;

  beforeAll(async () => {
    tokens = {
      registrar: await bearer('enrolment-rina', 'enrolment-officer'),
      editor: await bearer('enrolment-eka', 'enrolment-officer'),
      supervisor: await bearer('supervisor-sari', 'claims-supervisor'),
    };
    await service.start();
    url = baseUrlOf(service.app);
  });

  afterAll(async () => service.stop());

  it('audits a registration and a payout account change with who, when, before/after and the request id', async () => {
    const registered = await request(url)
      .post('/v1/workers')
      .set('Authorization', tokens.registrar)
      .send({ tenant: '76.04', ...aRegistration().build() })
      .expect(201);
    const workerId: string = registered.body.id;
    const newAccount = { bankCode: '009', accountNumber: '5550001111', holderName: 'Ahmad Contoh' };
    await request(url)
      .patch(`/v1/workers/${workerId}`)
      .set('Authorization', tokens.editor)
      .set('x-correlation-id', 'req-account-change-1')
      .send({ payoutAccount: newAccount })
      .expect(200);

    await request(url).get(`/v1/workers/${workerId}/audit`).set('Authorization', tokens.editor).expect(403);
    const trail = (
      await request(url).get(`/v1/workers/${workerId}/audit`).set('Authorization', tokens.supervisor).expect(200)
    ).body;
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'WorkerRegistered',
        actor: { subject: 'enrolment-rina', roles: ['enrolment-officer'] },
        fromStatus: null,
        toStatus: 'active',
        before: null,
        after: expect.objectContaining({ workerId, payoutAccount: expect.any(Object) }),
      }),
      expect.objectContaining({
        action: 'WorkerUpdated',
        actor: { subject: 'enrolment-eka', roles: ['enrolment-officer'] },
        requestId: 'req-account-change-1',
        before: { payoutAccount: { bankCode: '002', accountNumber: '123456789012', holderName: 'Ahmad Contoh' } },
        after: { payoutAccount: newAccount },
      }),
    ]);
    expect(trail[1].prevHash).toBe(trail[0].hash);
    expect(await verifyAuditChain(service.dataSource)).toMatchObject({ ok: true });
  });

  it('answers 404 for the audit of an unknown worker', async () => {
    await request(url)
      .get('/v1/workers/8d3c2b1a-0f9e-4d8c-b7a6-958473625140/audit')
      .set('Authorization', tokens.supervisor)
      .expect(404);
  });
});
