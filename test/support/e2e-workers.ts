import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { signToken } from '@jaring/auth';
import { DEVELOPMENT_JWT_SECRET } from '@jaring/config';
import { baseUrlOf } from './test-environment';

/** A valid registration in Polewali Mandar (76.04): NIK agrees with the birth date and sex. */
export const EXAMPLE_WORKER = {
  tenant: '76.04',
  nik: '7604011205900001',
  fullName: 'Contoh Pekerja',
  birthDate: '1990-05-12',
  sex: 'M',
  addressLine: 'Dusun Contoh RT 001 RW 002',
  desaCode: '76.04.01.2002',
  occupation: 'ojek',
  declaredMonthlyIncome: 1_000_000,
  enrolmentDate: '2026-03-01',
} as const;

/** Registers a worker through the enrolment API (201 expected) and returns its id. */
export async function enrolWorker(
  enrolment: INestApplication,
  overrides: Partial<Record<keyof typeof EXAMPLE_WORKER, unknown>> & Record<string, unknown> = {},
): Promise<string> {
  const response = await request(baseUrlOf(enrolment))
    .post('/v1/workers')
    .set('Authorization', `Bearer ${signToken(DEVELOPMENT_JWT_SECRET, ['enrolment-officer'])}`)
    .send({ ...EXAMPLE_WORKER, ...overrides })
    .expect(201);
  return response.body.id as string;
}
