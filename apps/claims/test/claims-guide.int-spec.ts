import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../../../test/support/test-environment';
import { aMember, ClaimsTestApp, localDate, OFFICERS, type MemberBuilder } from './support/claims-test-app';

/** One call of a worked example in apps/claims/README.md. */
interface GuideStep {
  as: 'maker' | 'checker' | 'supervisor';
  call: string;
  body?: object;
  status: number;
  /** Part of the answer, as toMatchObject reads it. */
  shows?: object;
  /** Items the answer (an array) contains. */
  includes?: object[];
  /** Poll until the answer shows this (the payout runs in the background). */
  eventually?: boolean;
  /** Keep the answer's id under this name for the next steps. */
  save?: string;
}

const README = readFileSync(join(__dirname, '../README.md'), 'utf8');

/** The steps of one worked example, in the README's order. */
type Example = 'jkk-example' | 'jkm-example' | 'facility-example';

function stepsOf(example: Example): string[] {
  return [...README.matchAll(new RegExp('```json ' + example + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
}

/** `{{today-20}}`, `{{nik}}`, `{{claimId}}` … filled in from what the example knows so far. */
function filledIn(template: string, known: Record<string, string>): GuideStep {
  const text = template.replace(/\{\{([\w-]+?)\}\}/g, (_, name: string) => {
    const offset = /^today([+-]\d+)?$/.exec(name);
    if (offset) return localDate(Number(offset[1] ?? 0));
    if (!(name in known)) throw new Error(`the README uses {{${name}}}, which the example does not know`);
    return known[name];
  });
  return JSON.parse(text) as GuideStep;
}

describe('the worked examples of apps/claims/README.md, run as written (real PostgreSQL, Kafka, sandbox bank)', () => {
  const claims = new ClaimsTestApp('claims_guide', {
    PARTNER_FACILITIES_FILE: join(__dirname, '../seed/partner-facilities.example.csv'),
  });
  let tokens: Record<GuideStep['as'], string>;

  beforeAll(async () => {
    await claims.start();
    tokens = OFFICERS;
  });

  afterAll(async () => claims.stop());

  async function run(example: Example, known: Record<string, string>): Promise<number> {
    const steps = stepsOf(example);
    for (const template of steps) {
      const step = filledIn(template, known);
      const [method, path] = step.call.split(' ');
      const call = () => {
        const request = claims
          .http()
          [method.toLowerCase() as 'get' | 'post' | 'put'](path)
          .set('Authorization', tokens[step.as]);
        return step.body === undefined ? request : request.send(step.body);
      };
      const matches = (answer: { status: number; body: unknown }) => {
        expect({ call: step.call, status: answer.status }).toEqual({ call: step.call, status: step.status });
        if (step.shows) expect(answer.body).toMatchObject(step.shows);
        if (step.includes) {
          expect(answer.body).toEqual(
            expect.arrayContaining(step.includes.map((item) => expect.objectContaining(item))),
          );
        }
      };
      const answer = step.eventually
        ? await waitFor(
            async () => {
              const attempt = await call();
              try {
                matches(attempt);
                return attempt;
              } catch {
                return undefined;
              }
            },
            { what: `${step.call} to show ${JSON.stringify(step.shows)}`, timeoutMs: 30_000 },
          )
        : await call();
      matches(answer);
      if (step.save) known[step.save] = (answer.body as { id: string }).id;
    }
    return steps.length;
  }

  it('JKK: Ahmad Yusuf’s two months unable to work are paid to him, Rp2,000,000, once', async () => {
    const ahmad: MemberBuilder = await claims.seed(aMember().named('Ahmad Yusuf'));
    expect(await run('jkk-example', { nik: ahmad.nik })).toBeGreaterThanOrEqual(8);
    const transfers = claims.bank.listTransfers().filter((transfer) => transfer.beneficiary.name === 'AHMAD YUSUF');
    expect(transfers.map((transfer) => transfer.amount)).toEqual([2_000_000]);
  });

  it('JKM: Sudirman’s death is paid to his widow Hasnah, Rp42,000,000, once', async () => {
    const sudirman = await claims.seed(
      aMember()
        .named('Sudirman')
        .withFamilyMember('spouse', 'Hasnah', '1987-02-01')
        .withFamilyMember('child', 'Nur Aisyah', '2012-07-17'),
    );
    const known = {
      nik: sudirman.nik,
      spouse: sudirman.member('spouse').memberId,
      child: sudirman.member('child').memberId,
    };
    expect(await run('jkm-example', known)).toBeGreaterThanOrEqual(12);
    const transfers = claims.bank.listTransfers().filter((transfer) => transfer.beneficiary.name === 'HASNAH');
    expect(transfers.reduce((sum, transfer) => sum + transfer.amount, 0)).toBe(42_000_000);
  });

  it('Partner facility: Baso’s Rp1,000,000 to him and the hospital’s Rp35,000,000 to the hospital, once each', async () => {
    const baso = await claims.seed(aMember().named('Baso'));
    expect(await run('facility-example', { nik: baso.nik })).toBeGreaterThanOrEqual(9);
    const transfers = claims.bank
      .listTransfers()
      .filter(
        (transfer) => transfer.beneficiary.name === 'BASO' || transfer.beneficiary.name === 'RSUD POLEWALI MANDAR',
      );
    expect(transfers.map((transfer) => [transfer.beneficiary.name, transfer.amount]).sort()).toEqual([
      ['BASO', 1_000_000],
      ['RSUD POLEWALI MANDAR', 35_000_000],
    ]);
  });
});
