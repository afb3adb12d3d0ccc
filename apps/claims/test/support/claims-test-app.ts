import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  deadLetterTopicOf,
  loadFixture,
  SealingKeyring,
  type EventDefinition,
  type EventEnvelope,
} from '@jaring/contracts';
import { type IncomingRecord, KafkajsPublisher, readWholeTopic, sealEnvelope } from '@jaring/messaging';
import { MetricsServer } from '@jaring/observability';
import { startService } from '@jaring/platform';
import { CLAIMS_API } from '../../src/api/http/claims.api';
import { SandboxBank } from '../../../sandbox-bank/src/sandbox-bank';
import {
  baseUrlOf,
  testConfig,
  testKafkaBrokers,
  uniqueTopicPrefix,
  waitFor,
} from '../../../../test/support/test-environment';
import { bearer } from '../../../../test/support/tokens';
import { MonitorSlaHandler } from '../../src/application/monitor-sla/monitor-sla.handler';
import { Clock } from '../../src/application/ports/clock';
import { ClaimsConfig } from '../../src/claims.config';
import { ClaimsModule } from '../../src/claims.module';

/** A bearer token for a named officer: maker-checker tells officers apart by subject. */
export { bearer };

/** Polewali Mandar officers, issued by the run's OpenID provider when the test app starts. */
export const OFFICERS = { maker: '', checker: '', supervisor: '', confirmer: '' };

async function issueOfficers(): Promise<void> {
  Object.assign(OFFICERS, {
    maker: await bearer('officer-andi', 'claims-officer'),
    checker: await bearer('officer-budi', 'claims-officer'),
    supervisor: await bearer('supervisor-citra', 'claims-supervisor'),
    /** A third officer: confirms an account that the maker entered after the checker approved (four eyes on each). */
    confirmer: await bearer('officer-dewi', 'claims-officer'),
  });
}

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

/** The regency's date `years` whole years and `days` days before today: an age that holds for weeks. */
export function bornYearsAgo(years: number, days = 60): string {
  const date = new Date(`${localDate(-days)}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
}

/** The `count` months (YYYY-MM) up to and including the month of `until` (default today), newest first. */
export function recentMonths(count: number, until = localDate()): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(`${until.slice(0, 7)}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() - index);
    return date.toISOString().slice(0, 7);
  });
}

/**
 * The service's clock, moved by the tests: real time unless pinned to a moment in the regency
 * (WITA, UTC+8). Pinned, it stands still until moved or released.
 */
export class TestClock extends Clock {
  private pinned?: Date;

  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }

  /** "Now" becomes `time` on `date`, regency time. */
  pinTo(date: string, time = '10:00'): void {
    this.pinned = new Date(`${date}T${time}:00+08:00`);
  }

  release(): void {
    this.pinned = undefined;
  }
}

export interface FamilyMemberSeed {
  memberId: string;
  relationship: 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'parent-in-law';
  fullName: string;
  birthDate: string;
  sex: 'L' | 'P';
  married: boolean;
  working: boolean;
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
  paidMonths = recentMonths(13);
  /** The paid months were billed at `income` (CoverageGranted's declaredIncomes), or granted before billing sent it. */
  billedIncomeKnown = true;
  /** Changes of the declared income after enrolment (WorkerUpdated), as the projection records them. */
  incomeChanges: { effectiveFrom: string; income: number }[] = [];

  named(fullName: string): this {
    this.fullName = fullName;
    if (this.account) this.account.holderName = fullName.toUpperCase();
    return this;
  }

  /** BPJS Ketenagakerjaan membership before Jaring, as enrolment publishes it. */
  priorMembership: { bpjsMembershipStart: string; monthsPaid: number } | undefined;

  withPriorMembership(bpjsMembershipStart: string, monthsPaid: number): this {
    this.priorMembership = { bpjsMembershipStart, monthsPaid };
    return this;
  }

  /** The declared income at enrolment, at which the paid months were billed. */
  declaring(income: number): this {
    this.income = income;
    return this;
  }

  withoutAccount(): this {
    this.account = undefined;
    return this;
  }

  withFamilyMember(
    relationship: FamilyMemberSeed['relationship'],
    fullName: string,
    birthDate = '1988-05-05',
    { married = false, working = false } = {},
  ): this {
    this.family.push({ memberId: randomUUID(), relationship, fullName, birthDate, sex: 'P', married, working });
    return this;
  }

  /** Contributions paid for `months` and covered from before the first of them. */
  paidFor(months: string[]): this {
    this.paidMonths = months;
    this.coverageStartDate = `${[...months].sort()[0]}-01`;
    return this;
  }

  /** The declared income changed to `income` from `effectiveFrom`, after the paid months were billed. */
  incomeChangedOn(effectiveFrom: string, income: number): this {
    this.incomeChanges.push({ effectiveFrom, income });
    return this;
  }

  /** Paid months granted by events from before CoverageGranted carried the billed income. */
  billedBeforeIncomesWerePublished(): this {
    this.billedIncomeKnown = false;
    return this;
  }

  member(relationship: FamilyMemberSeed['relationship']): FamilyMemberSeed {
    const found = this.family.find((member) => member.relationship === relationship);
    if (!found) throw new Error(`no ${relationship} in this family`);
    return found;
  }

  relative(fullName: string): FamilyMemberSeed {
    const found = this.family.find((member) => member.fullName === fullName);
    if (!found) throw new Error(`no ${fullName} in this family`);
    return found;
  }
}

export const aMember = () => new MemberBuilder();

/** The claims service started in-process on this run's PostgreSQL and Kafka, paying into a sandbox bank. */
export class ClaimsTestApp {
  readonly topicPrefix = uniqueTopicPrefix();
  readonly bank = new SandboxBank();
  readonly clock = new TestClock();
  app!: INestApplication;
  url!: string;
  private bankUrl!: string;
  private publisher?: KafkajsPublisher;

  constructor(
    private readonly database: string,
    private readonly extra: Record<string, string> = {},
  ) {}

  async start(): Promise<this> {
    await issueOfficers();
    this.bankUrl = await this.bank.listen(0);
    return this.startService();
  }

  /** Stops the service and starts it again on the same database, topics and bank (a redeploy), with `config` changed. */
  async restart(config: Record<string, string> = {}): Promise<this> {
    Object.assign(this.extra, config);
    await this.app.close();
    return this.startService();
  }

  async stop(): Promise<void> {
    await this.publisher?.disconnect().catch(() => undefined);
    await this.app?.close();
    await this.bank.close();
  }

  private async startService(): Promise<this> {
    const config = testConfig(ClaimsConfig, {
      database: this.database,
      topicPrefix: this.topicPrefix,
      groupId: `${this.topicPrefix}claims`,
      extra: {
        PAYOUT_BANK_URL: this.bankUrl,
        PAYOUT_BANK_TIMEOUT_MS: '500',
        PAYOUT_POLL_INTERVAL_MS: '100',
        PAYOUT_RETRY_BASE_MS: '200',
        ...this.extra,
      },
    });
    const module = ClaimsModule.forRoot(config);
    // Nest keeps the last provider of a token: every use case reads time from the test's clock.
    module.providers = [...(module.providers ?? []), { provide: Clock, useValue: this.clock }];
    this.app = await startService(module, config, CLAIMS_API);
    this.url = baseUrlOf(this.app);
    this.bank.setWebhook(`${this.url}/v1/bank/notifications`);
    return this;
  }

  private readonly kafka = new Kafka({
    clientId: 'claims-test',
    brokers: testKafkaBrokers().split(','),
    logLevel: logLevel.NOTHING,
  });

  /**
   * Publishes a catalogued event's fixture, with a fresh id and these payload fields, to this run's
   * topic. An event with sealed personal data takes it as a plain object in `payload` and is sealed
   * as enrolment seals it: with the service's own keys unless `sealWith` names others. Returns what
   * was published.
   */
  async publishFixture<P extends object>(
    definition: EventDefinition<P>,
    aggregateId: string,
    payload: Partial<P> | Record<string, unknown>,
    { sealWith }: { sealWith?: SealingKeyring } = {},
  ): Promise<EventEnvelope> {
    if (!this.publisher) {
      this.publisher = new KafkajsPublisher(this.kafka);
      await this.publisher.connect();
    }
    const fixture = loadFixture(definition);
    const envelope: EventEnvelope = {
      ...fixture,
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      aggregateId,
      payload: { ...fixture.payload, ...payload },
    };
    // A sealed value given as it is (a string) is published unchanged: tests copy one between events.
    const plain =
      definition.sealed && typeof (envelope.payload as Record<string, unknown>)[definition.sealed.field] === 'object';
    if (plain) sealEnvelope(envelope, sealWith ?? this.app.get(SealingKeyring));
    await this.publisher.publish([
      { topic: this.topicPrefix + definition.topic.name, key: aggregateId, value: JSON.stringify(envelope) },
    ]);
    return envelope;
  }

  /** What the service dead-lettered from a topic so far. */
  deadLetters(definition: EventDefinition): Promise<IncomingRecord[]> {
    return readWholeTopic(this.kafka, deadLetterTopicOf(this.topicPrefix + definition.topic.name));
  }

  query<T = Record<string, any>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, parameters);
  }

  http() {
    return request(this.url);
  }

  /** Writes the member, its incomes, family and paid months into the projections. */
  async seed(member: MemberBuilder): Promise<MemberBuilder> {
    const sponsorId = randomUUID();
    await this.query(
      `INSERT INTO member (worker_id, sponsor_id, tenant, nik, full_name, birth_date, sex, status, declared_monthly_income,
                           enrolment_date, coverage_start_date, updated_at, payout_bank_code, payout_account_number,
                           payout_holder_name, prior_membership_start, prior_months_paid)
       VALUES ($1, $2, '76.04', $3, $4, '1985-03-12', 'L', 'active', $5, $6, $6, now(), $7, $8, $9, $10, $11)`,
      [
        member.workerId,
        sponsorId,
        member.nik,
        member.fullName,
        member.incomeChanges.at(-1)?.income ?? member.income,
        member.coverageStartDate,
        member.account?.bankCode ?? null,
        member.account?.accountNumber ?? null,
        member.account?.holderName ?? null,
        member.priorMembership?.bpjsMembershipStart ?? null,
        member.priorMembership?.monthsPaid ?? null,
      ],
    );
    await this.query(
      `INSERT INTO member_income (worker_id, effective_from, declared_monthly_income)
       SELECT $1, effective_from, income FROM unnest($2::date[], $3::bigint[]) AS change (effective_from, income)`,
      [
        member.workerId,
        [member.coverageStartDate, ...member.incomeChanges.map((change) => change.effectiveFrom)],
        [member.income, ...member.incomeChanges.map((change) => change.income)],
      ],
    );
    for (const relative of member.family) {
      await this.query(
        `INSERT INTO family_member (worker_id, member_id, relationship, nik, full_name, birth_date, sex, married, working)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          member.workerId,
          relative.memberId,
          relative.relationship,
          aNik(),
          relative.fullName,
          relative.birthDate,
          relative.sex,
          relative.married,
          relative.working,
        ],
      );
    }
    await this.query(
      `INSERT INTO covered_month (worker_id, month, invoice_id, sponsor_id, paid_at, declared_income)
       SELECT $1, month, gen_random_uuid(), $2, (month || '-10T02:00:00Z')::timestamptz, $4
         FROM unnest($3::text[]) AS month`,
      [member.workerId, sponsorId, member.paidMonths, member.billedIncomeKnown ? member.income : null],
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

  /** A JKK stage I report for `member`, hurt at work on `incidentDate`. */
  async reportAccident(member: MemberBuilder, incidentDate: string): Promise<string> {
    const reported = await this.act('post', '/v1/claims/accidents', {
      nik: member.nik,
      incidentDate,
      place: 'Jl. Poros Polewali–Majene km 12',
      cause: 'Ojek hit by a truck while carrying a passenger',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'Siti Aminah', relationship: 'wife' },
    }).expect(201);
    return reported.body.id;
  }

  /** A JKK death: stage I on `accidentDate`, then stage II with the doctor declaring death the same day. */
  async reportAccidentDeath(member: MemberBuilder, accidentDate: string): Promise<string> {
    const claimId = await this.reportAccident(member, accidentDate);
    await this.act('post', `/v1/claims/${claimId}/stage-two`, {
      outcome: { type: 'death' },
      declaredOn: accidentDate,
      dateOfDeath: accidentDate,
      doctorName: 'dr. Rahmat',
    }).expect(200);
    return claimId;
  }

  /** A JKM death report for `member`. */
  async reportDeath(member: MemberBuilder, dateOfDeath: string): Promise<string> {
    const reported = await this.act('post', '/v1/claims/deaths', {
      nik: member.nik,
      dateOfDeath,
      causeOfDeath: 'stroke',
      deathCertificateNumber: `7604-KM-${member.nik.slice(-4)}`,
      reporter: { name: 'Hasnah', relationship: 'wife' },
    }).expect(201);
    return reported.body.id;
  }

  /** The spouse as the one payee heir; the children (the same class) named in the statement, consenting. */
  async spouseAsPayee(claimId: string, member: MemberBuilder): Promise<void> {
    const spouse = member.member('spouse').memberId;
    const children = member.family.filter((relative) => relative.relationship === 'child');
    await this.act('post', `/v1/claims/${claimId}/heirs`, {
      heirStatementMemberIds: [spouse, ...children.map((child) => child.memberId)],
      payeeId: spouse,
      consents: children.map((child) => ({ memberId: child.memberId, consentedOn: localDate(-1) })),
    }).expect(200);
  }

  /** Documents complete, verified by the maker and assessed with `assessment`; returns the assessed claim. */
  async documentVerifyAssess(claimId: string, assessment: object = {}): Promise<Record<string, any>> {
    await this.completeDocuments(claimId);
    await this.act('post', `/v1/claims/${claimId}/verification`).expect(200);
    return (await this.act('post', `/v1/claims/${claimId}/assessment`, assessment).expect(200)).body;
  }

  /**
   * Approves a death claim by `approver`, gives the heir's account (the projections hold none for
   * heirs) and waits until every transfer is confirmed; returns the closed claim.
   */
  async approveAndPayHeir(claimId: string, approver: string, holderName: string): Promise<Record<string, any>> {
    const approved = await this.act('post', `/v1/claims/${claimId}/approval`, {}, approver).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', payoutBlockedBy: 'PAYOUT_ACCOUNT_MISSING' });
    await this.setConfirmedAccount(claimId, {
      bankCode: '009',
      accountNumber: `8${claimId.replace(/\D/g, '').slice(0, 11)}`,
      holderName,
    });
    return this.until(claimId, 'closed');
  }

  /** An account entered after approval: by the maker, then confirmed by an officer who neither entered it nor approved. */
  async setConfirmedAccount(claimId: string, account: object, confirmer = OFFICERS.confirmer): Promise<void> {
    await this.act('put', `/v1/claims/${claimId}/payout-account`, account).expect(200);
    await this.act(
      'post',
      `/v1/claims/${claimId}/payout-account/confirmation`,
      { reason: 'Buku tabungan checked' },
      confirmer,
    ).expect(200);
  }

  async audit(claimId: string): Promise<Array<Record<string, any>>> {
    return (await this.http().get(`/v1/claims/${claimId}/audit`).set('Authorization', OFFICERS.maker).expect(200)).body;
  }

  /** Ids of the claims on the overdue worklist as the service sees today. */
  async overdueIds(): Promise<{ asOf: string; ids: string[] }> {
    const overdue = await this.http().get('/v1/claims/overdue').set('Authorization', OFFICERS.maker).expect(200);
    return { asOf: overdue.body.asOf, ids: overdue.body.items.map((item: { id: string }) => item.id) };
  }

  /** Runs the SLA sweep now, as its scheduler would. */
  sweepSla(): Promise<number> {
    return this.app.get(MonitorSlaHandler).sweep();
  }

  /** A sample's value from GET /metrics on the metrics port (0 when the series has not been written yet). */
  async metric(name: string, labels: Record<string, string>): Promise<number> {
    const scrape = await (await fetch(this.app.get(MetricsServer).url)).text();
    const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
    const sample = scrape
      .split('\n')
      .find((line) => line.startsWith(`${name}{`) && wanted.every((pair) => line.includes(pair)));
    return sample ? Number(sample.slice(sample.lastIndexOf(' ') + 1)) : 0;
  }

  /**
   * Records one accepted document for every requirement on the checklist, then completes the claim;
   * `costs` declares costs claimed with their own documents (e.g. a partner facility's invoice).
   */
  async completeDocuments(
    claimId: string,
    costs: { reimbursementsClaimed: string[]; documents: Array<{ code: string; reference: string }> } = {
      reimbursementsClaimed: [],
      documents: [],
    },
  ): Promise<void> {
    const checklist = (
      await this.http().get(`/v1/claims/${claimId}/documents`).set('Authorization', OFFICERS.maker).expect(200)
    ).body as Array<{ accepts: string[] }>;
    const documents = checklist.map((item) => ({
      code: item.accepts[0],
      reference: `DOC-${randomUUID().slice(0, 8)}`,
    }));
    await this.act('post', `/v1/claims/${claimId}/documents`, { documents: [...documents, ...costs.documents] }).expect(
      200,
    );
    await this.act('post', `/v1/claims/${claimId}/documents/complete`, {
      reimbursementsClaimed: costs.reimbursementsClaimed,
    }).expect(200);
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
