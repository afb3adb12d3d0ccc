import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { signToken, type Role } from '@jaring/auth';
import { DEVELOPMENT_JWT_SECRET } from '@jaring/config';
import type { EventEnvelope } from '@jaring/contracts';
import { startService } from '@jaring/platform';
import { SandboxBank } from '../../../sandbox-bank/src/sandbox-bank';
import { baseUrlOf, testConfig, uniqueTopicPrefix, waitFor } from '../../../../test/support/test-environment';
import { ClaimsConfig } from '../../src/claims.config';
import { ClaimsModule } from '../../src/claims.module';

/** A bearer token for a named officer: maker-checker tells officers apart by subject. */
export function bearer(subject: string, ...roles: Role[]): string {
  return `Bearer ${signToken(DEVELOPMENT_JWT_SECRET, roles, subject)}`;
}

export const OFFICERS = {
  maker: bearer('officer-andi', 'claims-officer'),
  checker: bearer('officer-budi', 'claims-officer'),
  supervisor: bearer('supervisor-citra', 'claims-supervisor'),
};

/** The regency's date `days` from today (WITA, UTC+8), as the service judges "today". */
export function localDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

let nikSerial = 0;
/** A valid NIK of Polewali Mandar (76.04), unique within the test file (its own database). */
export function aNik(): string {
  nikSerial += 1;
  return `760401120385${String(nikSerial).padStart(4, '0')}`;
}

export interface FamilyMemberSeed {
  memberId: string;
  relationship: 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'parent-in-law';
  fullName: string;
  birthDate: string;
  sex: 'L' | 'P';
}

/** A worker as enrolment's and billing's events would have built the claims projections. */
export class MemberBuilder {
  readonly workerId = randomUUID();
  readonly nik = aNik();
  fullName = 'Ahmad Yusuf';
  income = 1_000_000;
  coverageStartDate = localDate(-400);
  account: { bankCode: string; accountNumber: string; holderName: string } | undefined = {
    bankCode: '002',
    accountNumber: `9${Math.floor(Math.random() * 1e12)}`,
    holderName: 'AHMAD YUSUF',
  };
  family: FamilyMemberSeed[] = [];
  /** Months (YYYY-MM) whose contribution was paid; default the last 13 months up to this one. */
  paidMonths = Array.from({ length: 13 }, (_, index) => {
    const date = new Date(Date.now() + 8 * 3_600_000);
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() - index);
    return date.toISOString().slice(0, 7);
  });

  named(fullName: string): this {
    this.fullName = fullName;
    if (this.account) this.account.holderName = fullName.toUpperCase();
    return this;
  }

  withoutAccount(): this {
    this.account = undefined;
    return this;
  }

  withFamilyMember(relationship: FamilyMemberSeed['relationship'], fullName: string, birthDate = '1988-05-05'): this {
    this.family.push({ memberId: randomUUID(), relationship, fullName, birthDate, sex: 'P' });
    return this;
  }

  member(relationship: FamilyMemberSeed['relationship']): FamilyMemberSeed {
    const found = this.family.find((member) => member.relationship === relationship);
    if (!found) throw new Error(`no ${relationship} in this family`);
    return found;
  }
}

export const aMember = () => new MemberBuilder();

/** The claims service started in-process on this run's PostgreSQL and Kafka, paying into a sandbox bank. */
export class ClaimsTestApp {
  readonly topicPrefix = uniqueTopicPrefix();
  readonly bank = new SandboxBank();
  app!: INestApplication;
  url!: string;

  constructor(
    private readonly database: string,
    private readonly extra: Record<string, string> = {},
  ) {}

  async start(): Promise<this> {
    const bankUrl = await this.bank.listen(0);
    const config = testConfig(ClaimsConfig, {
      database: this.database,
      topicPrefix: this.topicPrefix,
      groupId: `${this.topicPrefix}claims`,
      extra: {
        PAYOUT_BANK_URL: bankUrl,
        PAYOUT_BANK_TIMEOUT_MS: '500',
        PAYOUT_POLL_INTERVAL_MS: '100',
        PAYOUT_RETRY_BASE_MS: '200',
        ...this.extra,
      },
    });
    this.app = await startService(ClaimsModule.forRoot(config), config, {
      service: 'claims',
      title: 'claims',
      description: '',
    });
    this.url = baseUrlOf(this.app);
    this.bank.setWebhook(`${this.url}/v1/bank/notifications`);
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.bank.close();
  }

  query<T = Record<string, any>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, parameters);
  }

  http() {
    return request(this.url);
  }

  /** Writes the member, family and paid months into the projections. */
  async seed(member: MemberBuilder): Promise<MemberBuilder> {
    const sponsorId = randomUUID();
    await this.query(
      `INSERT INTO member (worker_id, sponsor_id, tenant, nik, full_name, birth_date, sex, status, declared_monthly_income,
                           enrolment_date, coverage_start_date, updated_at, payout_bank_code, payout_account_number,
                           payout_holder_name)
       VALUES ($1, $2, '76.04', $3, $4, '1985-03-12', 'L', 'active', $5, $6, $6, now(), $7, $8, $9)`,
      [
        member.workerId,
        sponsorId,
        member.nik,
        member.fullName,
        member.income,
        member.coverageStartDate,
        member.account?.bankCode ?? null,
        member.account?.accountNumber ?? null,
        member.account?.holderName ?? null,
      ],
    );
    await this.query(
      `INSERT INTO member_income (worker_id, effective_from, declared_monthly_income) VALUES ($1, $2, $3)`,
      [member.workerId, member.coverageStartDate, member.income],
    );
    for (const relative of member.family) {
      await this.query(
        `INSERT INTO family_member (worker_id, member_id, relationship, nik, full_name, birth_date, sex, married, working)
         VALUES ($1, $2, $3, $4, $5, $6, $7, false, false)`,
        [
          member.workerId,
          relative.memberId,
          relative.relationship,
          aNik(),
          relative.fullName,
          relative.birthDate,
          relative.sex,
        ],
      );
    }
    await this.query(
      `INSERT INTO covered_month (worker_id, month, invoice_id, sponsor_id, paid_at)
       SELECT $1, month, gen_random_uuid(), $2, (month || '-10T02:00:00Z')::timestamptz FROM unnest($3::text[]) AS month`,
      [member.workerId, sponsorId, member.paidMonths],
    );
    return member;
  }

  /** POST/PUT as an officer; returns the response for the caller to check. */
  act(method: 'post' | 'put', path: string, body: object = {}, token = OFFICERS.maker) {
    return this.http()[method](path).set('Authorization', token).send(body);
  }

  async claim(claimId: string): Promise<Record<string, any>> {
    return (await this.http().get(`/v1/claims/${claimId}`).set('Authorization', OFFICERS.maker).expect(200)).body;
  }

  /** Records one accepted document for every requirement on the checklist, then completes the claim. */
  async completeDocuments(claimId: string): Promise<void> {
    const checklist = (
      await this.http().get(`/v1/claims/${claimId}/documents`).set('Authorization', OFFICERS.maker).expect(200)
    ).body as Array<{ accepts: string[] }>;
    const documents = checklist.map((item) => ({
      code: item.accepts[0],
      reference: `DOC-${randomUUID().slice(0, 8)}`,
    }));
    await this.act('post', `/v1/claims/${claimId}/documents`, { documents }).expect(200);
    await this.act('post', `/v1/claims/${claimId}/documents/complete`).expect(200);
  }

  /** Waits until the claim reached `status` (the payout worker runs in the background). */
  async until(claimId: string, status: string, timeoutMs = 30_000): Promise<Record<string, any>> {
    return waitFor(
      async () => {
        const claim = await this.claim(claimId);
        return claim.status === status ? claim : undefined;
      },
      { what: `claim ${claimId} to be ${status}`, timeoutMs },
    );
  }

  /** Envelopes staged in the outbox for one claim, by type. */
  async outbox(eventType: string, aggregateId: string): Promise<EventEnvelope<Record<string, any>>[]> {
    const rows = await this.query<{ envelope: EventEnvelope<Record<string, any>> }>(
      `SELECT envelope FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
      [eventType, aggregateId],
    );
    return rows.map((row) => row.envelope);
  }
}
