// The officer console in a real browser: Debian's Chromium driven by Playwright signs officers in
// through the OpenID provider's login page. A claims officer opens the work queue and a claim; then
// one journey: an enrolment officer enrols a worker with a spouse and imports 1,000 rows, a claims
// officer reports the worker's death, uploads the documents, verifies and assesses, a second
// officer approves, the payout settles and the worker shows deceased. axe finds no serious or
// critical accessibility violation on any page. Screenshots go to .data/console-screenshots (not in git).
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
import { generateWorkerList, toCsv } from '../../apps/enrolment/test/support/worker-list.generator';
import { billMonth, enrolWorker, payInvoice } from '../support/e2e-steps';
import { type RunningServices, startServices } from '../support/service-harness';
import { baseUrlOf, waitFor } from '../support/test-environment';
import { bearer, testIssuer } from '../support/tokens';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '../../.data/console-screenshots');
/** A seeded officer of the local provider (deploy/local/identity/directory.ts): claims officer in 76.04. */
const OFFICER = { username: 'andi', name: 'Andi Rahman' };

let CLAIMS_OFFICER: string;

/** The worker the journey enrols: the NIK agrees with the birth date (12 May 1990) and sex, the spouse's too (4 Mar 1992, F). */
const JOURNEY = {
  nik: '7604011205900021',
  fullName: 'Saharuddin Jalan',
  spouseNik: '7604014403920021',
  spouse: 'Hasnah Jalan',
};
/** A small but real PDF: the claims service checks a scan's first bytes. */
const SCAN = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('the officer console in Chromium: sign in, work queue, claim; the journey from enrolment to a paid death claim', () => {
  const bank = new SandboxBank();
  const origin = process.env.JARING_TEST_CONSOLE_ORIGIN!;
  let services: RunningServices;
  let enrolment: INestApplication;
  let claims: INestApplication;
  let consoleServer: Server;
  let browser: Browser;
  let claimId: string;

  /**
   * A new browser session of a seeded officer, through the provider's login page (oidc-provider's
   * development interactions) and its consent page, back on `path` of the console.
   */
  async function signIn(username: string, path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((url) => url.origin === testIssuer());
    await page.locator('input[name=login]').fill(username);
    await page.locator('input[name=password]').fill('any');
    await page.locator('button[type=submit]').click();
    while (new URL(page.url()).origin !== origin) {
      await page.locator('button[type=submit]').click();
      await page.waitForURL((url) => url.origin === origin || url.pathname.includes('/interaction/'));
    }
    await page.waitForURL(`${origin}${path}`);
    return page;
  }

  /** A screenshot of a main page for the README and reviewers, and axe's verdict on it. */
  async function checkPage(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    await expectNoSeriousViolations(page);
  }

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
    const page = await signIn(OFFICER.username, '/claims');
    await page.getByRole('heading', { level: 1, name: 'Antrean klaim' }).waitFor();
    await page.getByText(OFFICER.name).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Rahmat Konsol' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('20 Mar 2026');
    // Statuses in the officers' words, never the API's codes.
    await expect(row.textContent()).resolves.toContain('Manfaat ditetapkan');
    // A claims officer's menu: the work queue, not the enrolment officers' worker search.
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    await expect(menu.getByRole('link').allTextContents()).resolves.toEqual(['Antrean klaim']);
    await checkPage(page, 'work-queue');
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
    // The checklist in the officers' words, by document code (the API describes its rows in English).
    await documents
      .getByRole('cell', { name: 'Surat keterangan dokter (sembuh, persentase cacat, atau meninggal)', exact: true })
      .waitFor();
    const benefits = page.getByRole('region', { name: 'Perhitungan manfaat' });
    await expect(benefits.textContent()).resolves.toMatch(/Rp2\.000\.000.*PP 82\/2019/);
    const audit = page.getByRole('region', { name: 'Jejak audit' });
    await expect(audit.getByRole('row').count()).resolves.toBeGreaterThan(3);
    await audit.getByRole('row').filter({ hasText: 'Dokumen dinyatakan lengkap' }).waitFor();
    await expect(audit.textContent()).resolves.not.toContain('completeDocuments');
    await checkPage(page, 'claim');

    // English on request, dates with English month names.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'JKK claim — Rahmat Konsol' }).waitFor();
    await expect(page.getByRole('region', { name: 'State' }).textContent()).resolves.toContain('20 Mar 2026');
    await page.getByRole('region', { name: 'State' }).getByText('Benefits assessed').waitFor();
    await page.context().close();
  });
  it('an officer enrols a worker with a spouse and imports 1,000 rows; a death is reported, documented, verified, assessed, approved by a second officer and paid; the worker shows deceased', async () => {
    // Enrolment officer Dewi: the worker, then the spouse from the family card.
    const enrolling = await signIn('dewi', '/workers');
    await enrolling.getByRole('button', { name: 'Daftarkan pekerja' }).click();
    const enrol = enrolling.getByRole('form', { name: 'Daftarkan pekerja' });
    const text = (form: typeof enrol, name: string, value: string) =>
      form.getByRole('textbox', { name, exact: true }).fill(value);
    await text(enrol, 'NIK', JOURNEY.nik);
    await text(enrol, 'Nama lengkap (sesuai KTP)', JOURNEY.fullName);
    await enrol.getByLabel('Tanggal lahir').fill('1990-05-12');
    await enrol.getByRole('combobox', { name: 'Jenis kelamin (M/F)' }).selectOption('M');
    await text(enrol, 'Alamat (jalan, RT/RW, dusun)', 'Dusun Konsol RT 002 RW 001');
    await text(enrol, 'Kode desa/kelurahan', '76.04.01.2002');
    await enrol.getByRole('combobox', { name: 'Pekerjaan' }).selectOption('nelayan');
    await text(enrol, 'Nomor Kartu Keluarga (KK)', '7604010101200099');
    await enrol.getByLabel('KK berlaku sejak').fill('2020-01-01');
    await enrol.getByLabel('Tanggal pendaftaran').fill('2026-04-01');
    await enrol.getByRole('button', { name: 'Daftarkan pekerja' }).click();
    await enrolling.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    const workerId = enrolling.url().split('/').at(-1)!;
    await enrolling.getByRole('heading', { level: 1, name: JOURNEY.fullName }).waitFor();

    const family = enrolling.getByRole('form', { name: 'Tambah anggota keluarga' });
    await family.getByRole('combobox', { name: 'Hubungan keluarga' }).selectOption('spouse');
    await text(family, 'NIK', JOURNEY.spouseNik);
    await text(family, 'Nama lengkap (sesuai KTP)', JOURNEY.spouse);
    await family.getByLabel('Tanggal lahir').fill('1992-03-04');
    await family.getByRole('combobox', { name: 'Jenis kelamin (M/F)' }).selectOption('F');
    await family.getByRole('button', { name: 'Tambah anggota keluarga' }).click();
    await enrolling.getByRole('region', { name: 'Keluarga (sesuai KK)' }).getByText(JOURNEY.spouse).waitFor();
    await checkPage(enrolling, 'worker');

    // The bulk import: 1,000 rows, every 100th with a mistake; the bar runs to the end.
    const list = generateWorkerList({ rows: 1_000, invalidEvery: 100, firstIndex: 70_000 });
    await enrolling.getByRole('link', { name: 'Impor pekerja' }).click();
    await enrolling.getByRole('heading', { level: 1, name: 'Impor pekerja' }).waitFor();
    await enrolling.locator('input[type=file]').setInputFiles({
      name: 'daftar-polman.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toCsv(list)),
    });
    await enrolling.getByRole('button', { name: 'Unggah' }).click();
    const status = enrolling.getByTestId('import-status');
    await status.getByText('Selesai — 1000 dari 1000 baris diproses').waitFor({ timeout: 120_000 });
    const progress = enrolling.getByRole('region', { name: 'Kemajuan impor' });
    await expect(progress.textContent()).resolves.toContain(`${list.expected.accepted} diterima`);
    await expect(progress.textContent()).resolves.toContain(`${list.expected.rejected} ditolak`);
    await expect(progress.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
    const download = enrolling.waitForEvent('download');
    await progress.getByRole('button', { name: 'Unduh laporan kesalahan' }).click();
    expect((await download).suggestedFilename()).toBe('import-errors.csv');
    await checkPage(enrolling, 'import');

    // April is billed and paid (finance's work, through the API), so the death in April is covered.
    await payInvoice(
      services.get('billing'),
      await billMonth(services.get('billing'), [workerId], '2026-04'),
      'bpkad-7604-console-journey',
      '2026-04-10T10:00:00+08:00',
    );
    await waitFor(
      () =>
        claims
          .get(DataSource)
          .query(
            `SELECT 1 FROM covered_month c JOIN family_member f USING (worker_id) WHERE c.month = '2026-04' AND worker_id = $1`,
            [workerId],
          )
          .then((rows) => rows.length > 0),
      { what: 'April covered and the spouse known in the claims projections' },
    );

    // Claims officer Andi: the death report, heirs, the payee's account, a scan of every document.
    const reporting = await signIn('andi', '/claims');
    await reporting.getByRole('button', { name: 'Laporkan kematian' }).click();
    const death = reporting.getByRole('form', { name: 'Laporkan kematian' });
    await text(death, 'NIK', JOURNEY.nik);
    await death.getByLabel('Tanggal meninggal').fill('2026-04-20');
    await text(death, 'Sebab kematian', 'serangan jantung');
    await text(death, 'Nomor akta kematian', '7604-KM-2026-0420');
    await text(death, 'Nama pelapor', JOURNEY.spouse);
    await death.getByRole('button', { name: 'Laporkan kematian' }).click();
    await reporting.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    const journeyClaim = reporting.url().split('/').at(-1)!;
    const state = reporting.getByRole('region', { name: 'Keadaan' });
    /** Opens the action's form (unless open), fills it and sends it; resolves with the form to read its answer. */
    const submit = async (title: string, fill?: (form: typeof death) => Promise<void>) => {
      const control = reporting
        .getByRole('region', { name: 'Tindakan' })
        .locator('button[aria-expanded]', { hasText: title });
      if ((await control.getAttribute('aria-expanded')) === 'false') await control.click();
      const form = reporting.getByRole('form', { name: title });
      await fill?.(form);
      await form.getByRole('button', { name: title }).click();
      return form;
    };
    // A step that moves the claim is seen in its state (the step's form gives way to the next ones).
    const act = async (title: string, fill?: (form: typeof death) => Promise<void>) => void (await submit(title, fill));

    const heirs = reporting.getByRole('form', { name: 'Tetapkan ahli waris dan penerima' });
    // The payee is offered from the family projection: the spouse, once the heirs preview arrived.
    const payee = heirs.getByRole('combobox', { name: 'Penerima manfaat' });
    await waitFor(async () => ((await payee.inputValue()) === '' ? undefined : true), {
      what: 'the spouse offered as payee',
      timeoutMs: 10_000,
    });
    await expect(payee.locator('option:checked').textContent()).resolves.toBe(`${JOURNEY.spouse} (Suami/istri)`);
    await act('Tetapkan ahli waris dan penerima');
    await state.getByText('Ahli waris ditetapkan').waitFor();
    const account = await submit('Rekening penerima', async (form) => {
      await text(form, 'Kode bank', '009');
      await text(form, 'Nomor rekening', '0123456789');
      await text(form, 'Nama pemilik rekening', JOURNEY.spouse.toUpperCase());
    });
    await account.getByText('Tersimpan.').waitFor();

    const checklist = reporting.getByRole('region', { name: 'Daftar dokumen' });
    const missing = checklist.getByRole('row').filter({ hasText: '✗ Belum ada' });
    // The row leaves the "missing" rows once its scan is in (the locator re-reads the table).
    for (let left = await missing.count(); left > 0; left = await missing.count()) {
      const row = missing.first();
      await row
        .locator('input[type=file]')
        .setInputFiles({ name: 'pindaian.pdf', mimeType: 'application/pdf', buffer: SCAN });
      await row.getByRole('button', { name: 'Unggah' }).click();
      await waitFor(async () => ((await missing.count()) < left ? true : undefined), {
        what: 'the scanned document received',
        timeoutMs: 15_000,
      });
    }
    await expect(checklist.getByRole('button', { name: 'Lihat pindaian.pdf' }).count()).resolves.toBeGreaterThan(4);

    await act('Nyatakan dokumen lengkap');
    await state.getByText('Dokumen lengkap').waitFor();
    await act('Verifikasi');
    await state.getByText('Terverifikasi').waitFor();
    await act('Tetapkan manfaat');
    await state.getByText('Manfaat ditetapkan').waitFor();
    // Dead 19 days after joining: the short-membership benefit of RULES.md §3, each line with its rule.
    await expect(reporting.getByRole('region', { name: 'Perhitungan manfaat' }).textContent()).resolves.toMatch(
      /Santunan kematian JKM \(masa kepesertaan singkat\)Rp8\.000\.000.*RULES\.md §3.*Rp10\.000\.000$/,
    );
    await checkPage(reporting, 'claim-assessed');

    // The maker may not approve: the API's refusal is shown on the form.
    await (await submit('Setujui (petugas kedua)')).getByText('MAKER_CHECKER_VIOLATION').waitFor();

    // Claims officer Budi approves; the sandbox bank pays and notifies.
    const approving = await signIn('budi', `/claims/${journeyClaim}`);
    const approval = approving.getByRole('form', { name: 'Setujui (petugas kedua)' });
    const approvalControl = approving.locator('button[aria-expanded]', { hasText: 'Setujui (petugas kedua)' });
    if ((await approvalControl.getAttribute('aria-expanded')) === 'false') await approvalControl.click();
    await approval.getByRole('button', { name: 'Setujui (petugas kedua)' }).click();
    await approving
      .getByRole('region', { name: 'Keadaan' })
      .getByText(/Disetujui|Pencairan diajukan|Dibayar|Ditutup/)
      .waitFor();
    await waitFor(
      async () => {
        await approving.reload();
        const payouts = approving.getByRole('region', { name: 'Pembayaran' });
        await payouts.waitFor();
        const rows = payouts.getByRole('row').filter({ hasText: 'Rp' });
        const settled = payouts.getByRole('row').filter({ hasText: 'Dikonfirmasi bank' });
        return (await rows.count()) > 0 && (await rows.count()) === (await settled.count()) ? true : undefined;
      },
      { what: 'every payout of the claim settled at the bank', timeoutMs: 60_000 },
    );
    await approving.getByRole('region', { name: 'Keadaan' }).getByText('Ditutup').waitFor();
    // The page says the clock stopped at payment, the claim was eligible, nothing holds it, and who the heirs are.
    await approving
      .getByRole('region', { name: 'Keadaan' })
      .getByText(/^Berhenti: dibayar/)
      .waitFor();
    const eligibility = approving.getByRole('region', { name: 'Kelayakan dan hambatan' });
    await eligibility.getByText('Layak dibayar').waitFor();
    await eligibility.getByText('Apr 2026', { exact: true }).waitFor(); // the month billing shows covered
    await approving
      .getByRole('region', { name: 'Pembayaran' })
      .getByText(/0123456789 a\.n\. /)
      .waitFor();
    await eligibility.getByText('Tidak ada yang menahan pembayaran.').waitFor();
    await approving.getByRole('region', { name: 'Ahli waris' }).getByText(`${JOURNEY.spouse} (Suami/istri)`).waitFor();
    await checkPage(approving, 'claim-paid');

    // Back in enrolment: the verified death reached the worker.
    await waitFor(
      async () => {
        await enrolling.goto(`${origin}/workers/${workerId}`);
        const details = enrolling.getByRole('region', { name: 'Rincian' });
        await details.waitFor();
        return (await details.textContent())?.includes('Meninggal dunia') ? true : undefined;
      },
      { what: 'the worker shown deceased (Meninggal dunia)', timeoutMs: 60_000 },
    );
    await expect(enrolling.getByRole('region', { name: 'Riwayat status' }).textContent()).resolves.toContain(
      'Meninggal dunia',
    );

    // The supervisor's dashboard and the finance pages, checked and photographed.
    const supervising = await signIn('citra', '/dashboard');
    await supervising.getByRole('heading', { level: 1, name: 'Dasbor klaim' }).waitFor();
    await supervising.getByRole('region', { name: 'Pembayaran manfaat per bulan' }).locator('svg').first().waitFor();
    await checkPage(supervising, 'dashboard');
    const financing = await signIn('eka', '/finance/invoices');
    await financing.getByRole('row').filter({ hasText: 'Lunas' }).first().waitFor();
    await checkPage(financing, 'invoices');
    await financing.getByRole('link', { name: 'Laporan bulanan' }).click();
    await financing.getByRole('heading', { level: 1, name: 'Laporan bulanan' }).waitFor();
    await checkPage(financing, 'monthly-report');
    for (const page of [enrolling, reporting, approving, supervising, financing]) await page.context().close();
  });
});
