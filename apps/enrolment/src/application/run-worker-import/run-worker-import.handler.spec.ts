import { makeNik } from '../../domain/testing/enrolment.builders';
import { generateWorkerList, toCsv } from '../../../test/support/worker-list.generator';
import { RegisterWorkerHandler } from '../register-worker/register-worker.handler';
import {
  CsvTextReader,
  FixedClock,
  InMemoryImportFileStore,
  InMemoryImportJobRepository,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  ORIGIN,
  RecordingImportQueue,
  TestReferenceData,
  SIX_MONTHS_GRACE,
} from '../testing/in-memory.ports';
import { StartWorkerImportHandler } from '../start-worker-import/start-worker-import.handler';
import type { ImportSettings } from '../ports/import-settings';
import { ImportInterruptedError, RunWorkerImportHandler, type ImportAttempt } from './run-worker-import.handler';

function setup(overrides: Partial<ImportSettings> = {}) {
  const settings: ImportSettings = { batchSize: 50, maxRows: 1_000, maxQueuedBytes: 1_000_000, ...overrides };
  const workers = new InMemoryWorkerRepository();
  const jobs = new InMemoryImportJobRepository(workers);
  const sponsors = new InMemorySponsorRepository();
  const reader = new CsvTextReader();
  const queue = new RecordingImportQueue();
  const clock = new FixedClock();
  const reference = new TestReferenceData();
  const files = new InMemoryImportFileStore();
  const start = new StartWorkerImportHandler(sponsors, jobs, files, reader, queue);
  const run = new RunWorkerImportHandler(jobs, files, reader, sponsors, reference, clock, settings, SIX_MONTHS_GRACE);
  const upload = async (csv: string): Promise<string> => {
    const { job } = await start.execute({
      tenant: '76.04',
      content: Buffer.from(csv),
      actor: 'officer-1',
      actorRoles: ['enrolment-officer'],
    });
    if (!queue.queued.includes(job.id)) throw new Error('not queued');
    return job.id;
  };
  const importCsv = async (
    csv: string,
    attempt: ImportAttempt = { number: 0, isLast: true },
    started?: (jobId: string) => void,
  ) => {
    const jobId = await upload(csv);
    started?.(jobId);
    return run.execute(jobId, attempt);
  };
  return { workers, jobs, files, clock, reference, sponsors, run, upload, importCsv };
}

async function errorsOf(jobs: InMemoryImportJobRepository, id: string) {
  const rows = [];
  for await (const page of jobs.errors(id)) rows.push(...page);
  return rows;
}

describe('RunWorkerImport', () => {
  it('stores every valid row and explains every invalid or repeated one, in row order', async () => {
    const { workers, jobs, importCsv } = setup();
    const list = generateWorkerList({
      enrolmentDate: '2025-10-06',
      rows: 400,
      invalidEvery: 50,
      duplicateEvery: 100,
      probableDuplicateEvery: 100,
    });
    const job = await importCsv(toCsv(list));

    expect(list.expected).toMatchObject({ accepted: 388, rejected: 12, flagged: 4 });
    expect(job).toMatchObject({
      status: 'completed',
      totalRows: 400,
      processedRows: 400,
      acceptedRows: 388,
      rejectedRows: 12,
      flaggedRows: 4,
    });
    expect(workers.workers.size).toBe(388);
    expect((await errorsOf(jobs, job.id)).map(({ row, field, code }) => ({ row, field, code }))).toEqual(
      list.expected.errors,
    );
    expect(workers.eventTypes()).toEqual(Array(388).fill('WorkerRegistered'));
    expect(workers.events.every((event) => event.origin.correlationId === job.id)).toBe(true);
  });

  it('reports a repeated NIK with the row it first appeared on, and a NIK enrolled before as already enrolled', async () => {
    const { workers, jobs, reference, sponsors, clock, importCsv } = setup();
    const enrolled = await new RegisterWorkerHandler(sponsors, workers, reference, clock, SIX_MONTHS_GRACE).execute({
      tenant: '76.04',
      input: {
        nik: makeNik({ birthDate: '1990-05-12', sex: 'M', serial: '0777' }),
        fullName: 'Sudah Terdaftar',
        birthDate: '1990-05-12',
        sex: 'M',
        addressLine: 'Dusun',
        desaCode: '76.04.01.2002',
        occupation: 'ojek',
      },
      actor: 'o',
      origin: ORIGIN,
    });
    const row = (nik: string, name: string) => `${nik},${name},12/05/1990,L,Dusun,76.04.01.2002,ojek,06/10/2025`;
    const fresh = makeNik({ birthDate: '1990-05-12', sex: 'M', serial: '0888' });
    const job = await importCsv(
      [
        'nik,full_name,birth_date,sex,address,desa_code,occupation,enrolment_date',
        row(fresh, 'Baru Satu'),
        row(fresh, 'Baru Dua'),
        row(enrolled.nik, 'Lagi'),
      ].join('\n'),
    );
    expect(job).toMatchObject({ acceptedRows: 1, rejectedRows: 2 });
    expect(await errorsOf(jobs, job.id)).toEqual([
      {
        row: 3,
        field: 'nik',
        code: 'NIK_REPEATED_IN_FILE',
        message: 'the same NIK is already on row 2 of this file, which was imported; this row is not',
      },
      {
        row: 4,
        field: 'nik',
        code: 'NIK_ALREADY_ENROLLED',
        message: `a worker with NIK 7604********0777 is already enrolled (${enrolled.id})`,
      },
    ]);
  });

  it('counts a row whose NIK another request enrolled meanwhile as rejected, not stored', async () => {
    const { jobs, importCsv } = setup();
    const list = generateWorkerList({ enrolmentDate: '2025-10-06', rows: 3 });
    jobs.takenMeanwhile.add(list.rows[1][0]);
    const job = await importCsv(toCsv(list));
    expect(job).toMatchObject({ acceptedRows: 2, rejectedRows: 1 });
    expect((await errorsOf(jobs, job.id))[0]).toMatchObject({ row: 3, code: 'NIK_ALREADY_ENROLLED' });
  });

  it('shows progress batch by batch against the total counted first', async () => {
    const { jobs, importCsv } = setup({ batchSize: 20, maxRows: 1_000 });
    await importCsv(toCsv(generateWorkerList({ enrolmentDate: '2025-10-06', rows: 100 })));
    const running = jobs.progress.filter((job) => job.status === 'running');
    expect(running.map((job) => job.processedRows)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(running.every((job) => job.totalRows === 100)).toBe(true);
  });

  it('refuses a file with more rows than allowed, storing nothing', async () => {
    const { workers, importCsv } = setup({ batchSize: 50, maxRows: 10 });
    const job = await importCsv(toCsv(generateWorkerList({ enrolmentDate: '2025-10-06', rows: 11 })));
    expect(job).toMatchObject({ status: 'failed', failureReason: expect.stringContaining('IMPORT_TOO_MANY_ROWS') });
    expect(workers.workers.size).toBe(0);
  });

  it('fails the job with a reason free of personal data when storing fails, keeping earlier batches, and throws the cause to be logged', async () => {
    const { workers, jobs, importCsv } = setup({ batchSize: 10, maxRows: 1_000 });
    const list = generateWorkerList({ enrolmentDate: '2025-10-06', rows: 30 });
    const original = jobs.writeBatch.bind(jobs);
    let calls = 0;
    jobs.writeBatch = async (id, attempt, batch) => {
      calls += 1;
      if (calls === 2) throw new Error(`connection lost while writing ${list.rows[12][0]}`);
      return original(id, attempt, batch);
    };
    let jobId = '';
    const failure = await importCsv(toCsv(list), { number: 0, isLast: true }, (id) => (jobId = id)).catch(
      (error: unknown) => error,
    );
    expect(failure).toEqual(new Error(`connection lost while writing ${list.rows[12][0]}`));
    const job = (await jobs.findById(jobId))!;
    expect(job.status).toBe('failed');
    expect(job.failureReason).toBe(
      'an unexpected error stopped the import; rows stored so far stay enrolled (see the service log)',
    );
    expect(workers.workers.size).toBeGreaterThanOrEqual(10);
  });

  it('leaves the job running for the queue to retry when the service shuts down between batches', async () => {
    const { jobs, upload, run } = setup({ batchSize: 10, maxRows: 1_000 });
    const jobId = await upload(toCsv(generateWorkerList({ enrolmentDate: '2025-10-06', rows: 30 })));
    const stopping = new AbortController();
    stopping.abort();
    await expect(run.execute(jobId, { number: 0, isLast: false, stopping: stopping.signal })).rejects.toBeInstanceOf(
      ImportInterruptedError,
    );
    expect(await jobs.findById(jobId)).toMatchObject({ status: 'running', processedRows: 0 });
  });

  it('resumes after the last committed batch: every row once, counters and error report as in one run', async () => {
    const list = generateWorkerList({
      enrolmentDate: '2025-10-06',
      rows: 400,
      invalidEvery: 50,
      duplicateEvery: 30,
      probableDuplicateEvery: 70,
    });
    const uninterrupted = setup({ batchSize: 40, maxRows: 1_000 });
    const whole = await uninterrupted.importCsv(toCsv(list));

    const { workers, jobs, files, upload, run } = setup({ batchSize: 40, maxRows: 1_000 });
    const jobId = await upload(toCsv(list));
    const original = jobs.writeBatch.bind(jobs);
    let writes = 0;
    jobs.writeBatch = async (id, attempt, batch) => {
      writes += 1;
      // The worker dies with the fifth batch unwritten (the fourth and sixth may be in flight).
      if (attempt === 0 && writes === 5) throw new Error('worker process killed');
      return original(id, attempt, batch);
    };
    await expect(run.execute(jobId, { number: 0, isLast: false })).rejects.toThrow('worker process killed');
    const interrupted = (await jobs.findById(jobId))!;
    expect(interrupted.status).toBe('running');
    expect(interrupted.processedRows).toBeGreaterThan(0);
    expect(interrupted.processedRows).toBeLessThan(400);

    const resumed = await run.execute(jobId, { number: 1, isLast: false });
    const counters = ({
      status,
      totalRows,
      processedRows,
      acceptedRows,
      rejectedRows,
      flaggedRows,
    }: typeof resumed) => ({
      status,
      totalRows,
      processedRows,
      acceptedRows,
      rejectedRows,
      flaggedRows,
    });
    expect(counters(resumed)).toEqual(counters(whole));
    expect(workers.workers.size).toBe(whole.acceptedRows);
    expect(new Set([...workers.workers.values()].map((worker) => worker.nik)).size).toBe(whole.acceptedRows);
    expect(await errorsOf(jobs, jobId)).toEqual(await errorsOf(uninterrupted.jobs, whole.id));
    expect(await files.get(jobId)).toBeNull();
  });

  it('lets a newer attempt take the job: the older one stores nothing more and stops', async () => {
    const { workers, jobs, upload, run } = setup({ batchSize: 10, maxRows: 1_000 });
    const jobId = await upload(toCsv(generateWorkerList({ enrolmentDate: '2025-10-06', rows: 30 })));
    const original = jobs.writeBatch.bind(jobs);
    let newer: Promise<unknown> | undefined;
    jobs.writeBatch = async (id, attempt, batch) => {
      // While the old attempt is between batches, the queue gives the job to attempt 1, which finishes it.
      if (attempt === 0 && batch.batchNo === 1) newer ??= run.execute(jobId, { number: 1, isLast: false });
      if (attempt === 0 && batch.batchNo === 1) await newer;
      return original(id, attempt, batch);
    };
    const older = await run.execute(jobId, { number: 0, isLast: false });
    expect(older).toMatchObject({ status: 'completed', processedRows: 30, acceptedRows: 30 });
    expect(workers.workers.size).toBe(30);
  });
});
