// The officer console in a real browser: Debian's Chromium driven by Playwright signs a claims
// officer in through the OpenID provider's login page, opens the work queue and a claim; axe finds
// no serious or critical accessibility violation on either page. Screenshots go to
// .data/console-screenshots (not in git).
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { type Browser, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { buildConsole } from '../../apps/console/server/build-console';
import { CONSOLE_BUILD_DIR, createConsoleServer } from '../../apps/console/server/console-server';
import { API_RESOURCE, CONSOLE_CLIENT_ID } from '../../deploy/local/identity/directory';
import { SandboxBank } from '../../apps/sandbox-bank/src/sandbox-bank';
import { billMonth, enrolWorker, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer, testIssuer } from '../support/tokens';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '../../.data/console-screenshots');
/** A seeded officer of the local provider (deploy/local/identity/directory.ts): claims officer in 76.04. */
const OFFICER = { username: 'andi', name: 'Andi Rahman' };

let CLAIMS_OFFICER: string;

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('the officer console in Chromium: sign in, work queue, claim', () => {
  const bank = new SandboxBank();
  const origin = process.env.JARING_TEST_CONSOLE_ORIGIN!;
  let services: RunningServices;
  let enrolment: INestApplication;
  let claims: INestApplication;
  let consoleServer: Server;
  let browser: Browser;
  let claimId: string;

  const act = (path: string, body: object = {}) =>
    request(baseUrlOf(claims)).post(path).set('Authorization', CLAIMS_OFFICER).send(body);

  beforeAll(async () => {
    CLAIMS_OFFICER = await bearer('officer-andi', 'claims-officer');
    const [bankUrl] = await Promise.all([bank.listen(0), buildConsole()]);
    services = await startServices(['enrolment', 'billing', 'claims'], {
      label: 'console_e2e',
      extra: {
        billing: { BILLING_SCHEDULE_INTERVAL_MS: '0' },
        enrolment: { ACTIVATION_INTERVAL_MS: '0' },
        claims: { PAYOUT_BANK_URL: bankUrl },
      },
    });
    [enrolment, claims] = [services.get('enrolment'), services.get('claims')];
    consoleServer = createConsoleServer({
      staticDir: CONSOLE_BUILD_DIR,
      issuer: testIssuer(),
      clientId: CONSOLE_CLIENT_ID,
      resource: API_RESOURCE,
      services: {
        enrolment: baseUrlOf(enrolment),
        billing: baseUrlOf(services.get('billing')),
        claims: baseUrlOf(claims),
      },
    });
    await new Promise<void>((listening) => consoleServer.listen(Number(new URL(origin).port), '127.0.0.1', listening));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SCREENSHOTS, { recursive: true });

    // An assessed accident claim waiting for a second officer: deadline, checklist, benefit lines, audit.
    const workerId = await enrolWorker(enrolment, { nik: '7604011205900004', fullName: 'Rahmat Konsol' });
    await payInvoice(
      services.get('billing'),
      await billMonth(services.get('billing'), [workerId], '2026-03'),
      'bpkad-7604-console-e2e',
      '2026-03-10T10:00:00+08:00',
    );
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(`SELECT 1 FROM covered_month WHERE month = '2026-03' AND worker_id = $1`, [workerId])
          .then((rows) => rows.length > 0),
      { what: 'March covered in the claims projection' },
    );
    const reported = await act('/v1/claims/accidents', {
      workerId,
      incidentDate: '2026-03-20',
      place: 'Pasar Wonomulyo',
      cause: 'Fell from a loading ramp',
      circumstances: { category: 'at-work', trafficAccident: false },
      reporter: { name: 'Ibu Contoh' },
    }).expect(201);
    claimId = reported.body.id;
    await act(`/v1/claims/${claimId}/stage-two`, {
      outcome: { type: 'temporary-disability', inabilityMonths: 2 },
      declaredOn: '2026-05-20',
    }).expect(200);
    const checklist = (
      await request(baseUrlOf(claims))
        .get(`/v1/claims/${claimId}/documents`)
        .set('Authorization', CLAIMS_OFFICER)
        .expect(200)
    ).body as Array<{ accepts: string[] }>;
    await act(`/v1/claims/${claimId}/documents`, {
      documents: checklist.map((item) => ({ code: item.accepts[0] })),
    }).expect(200);
    await act(`/v1/claims/${claimId}/documents/complete`).expect(200);
    await act(`/v1/claims/${claimId}/verification`).expect(200);
    await act(`/v1/claims/${claimId}/assessment`).expect(200);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((closed) => (consoleServer ? consoleServer.close(closed) : closed(undefined)));
    await services?.stop();
    await bank.close();
  });

  it('signs a claims officer in through the provider, shows the work queue and the claim, in Indonesian', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/claims`);
    await page.getByRole('button', { name: 'Masuk' }).click();

    // The local provider's login page (oidc-provider's development interactions), then its consent page.
    await page.waitForURL((url) => url.origin === testIssuer());
    await page.locator('input[name=login]').fill(OFFICER.username);
    await page.locator('input[name=password]').fill('any');
    await page.locator('button[type=submit]').click();
    while (new URL(page.url()).origin !== origin) {
      await page.locator('button[type=submit]').click();
      await page.waitForURL((url) => url.origin === origin || url.pathname.includes('/interaction/'));
    }

    await page.waitForURL(`${origin}/claims`);
    await page.getByRole('heading', { level: 1, name: 'Antrean klaim' }).waitFor();
    await page.getByText(OFFICER.name).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Rahmat Konsol' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('20 Mar 2026');
    // A claims officer's menu: the work queue, not the enrolment officers' worker search.
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await expect(menu.getByRole('link').allTextContents()).resolves.toEqual(['Antrean klaim']);
    await page.screenshot({ path: join(SCREENSHOTS, 'work-queue.png'), fullPage: true });
    await expectNoSeriousViolations(page);
    // The search asks the claims API: by NIK, nothing of another worker's; then the claim is found again.
    const search = page.getByRole('textbox', { name: 'Cari nomor klaim, nama pekerja atau NIK' });
    await search.fill('7604011205900099');
    await page.getByText('Tidak ada klaim di kelompok ini.').nth(2).waitFor();
    await search.fill('7604011205900004');
    await row.waitFor();

    await row.getByRole('link', { name: claimId.slice(0, 8) }).click();
    await page.waitForURL(`${origin}/claims/${claimId}`);
    await page.getByRole('heading', { level: 1, name: 'Klaim JKK — Rahmat Konsol' }).waitFor();
    const documents = page.getByRole('region', { name: 'Daftar dokumen' });
    await expect(documents.getByText('Belum ada').count()).resolves.toBe(0);
    await expect(documents.getByText('Diterima').count()).resolves.toBeGreaterThan(2);
    const benefits = page.getByRole('region', { name: 'Perhitungan manfaat' });
    await expect(benefits.textContent()).resolves.toMatch(/Rp2\.000\.000.*PP 82\/2019/);
    const audit = page.getByRole('region', { name: 'Jejak audit' });
    await expect(audit.getByRole('row').count()).resolves.toBeGreaterThan(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'claim.png'), fullPage: true });
    await expectNoSeriousViolations(page);

    // English on request, dates with English month names.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'JKK claim — Rahmat Konsol' }).waitFor();
    await expect(page.getByRole('region', { name: 'State' }).textContent()).resolves.toContain('20 Mar 2026');
    await context.close();
  });
});
