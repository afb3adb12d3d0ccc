import { BusyError } from '@jaring/kernel';
import { ValidationFailedError } from '../../domain';
import { wholeContent } from '../ports/import-file.reader';
import {
  CsvTextReader,
  InMemoryImportFileStore,
  InMemoryImportJobRepository,
  InMemorySponsorRepository,
  InMemoryWorkerRepository,
  RecordingImportQueue,
} from '../testing/in-memory.ports';
import { StartWorkerImportHandler } from './start-worker-import.handler';

const HEADER = 'No,nik,full_name,birth_date,sex,address,desa_code,occupation';

function setup(maxQueuedBytes?: number) {
  const jobs = new InMemoryImportJobRepository(new InMemoryWorkerRepository());
  const files = new InMemoryImportFileStore();
  const queue = new RecordingImportQueue(files, maxQueuedBytes);
  const handler = new StartWorkerImportHandler(
    new InMemorySponsorRepository(),
    jobs,
    files,
    new CsvTextReader(),
    queue,
  );
  const start = (
    content: string,
    extra: { defaultEnrolmentDate?: string; tenant?: string; backdatingReason?: string; actorRoles?: string[] } = {},
  ) =>
    handler.execute({
      tenant: extra.tenant ?? '76.04',
      content: Buffer.from(content),
      actor: 'officer-1',
      actorRoles: ['enrolment-officer'],
      ...extra,
    });
  return { jobs, files, queue, start };
}

describe('StartWorkerImport', () => {
  it('records a queued job with the file hash and header warnings, keeps the file and queues the job', async () => {
    const { files, queue, start } = setup();
    const { job, created } = await start(
      `${HEADER}\n1,7604011205900001,Ahmad,12/05/1990,L,Dusun,76.04.01.2002,ojek\n`,
      {
        defaultEnrolmentDate: '2025-10-06',
      },
    );
    expect(created).toBe(true);
    expect(job).toMatchObject({
      status: 'queued',
      tenant: '76.04',
      fileFormat: 'csv',
      fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      defaultEnrolmentDate: '2025-10-06',
      warnings: [expect.objectContaining({ column: 'no', code: 'COLUMN_UNKNOWN' })],
      createdBy: 'officer-1',
    });
    expect(queue.queued).toEqual([job.id]);
    const kept = await files.get(job.id);
    expect(kept && (await wholeContent(kept)).toString()).toContain('Ahmad');
  });

  it('returns the earlier job, and queues nothing, when the same file is uploaded again', async () => {
    const { queue, start } = setup();
    const content = `${HEADER}\n`;
    const first = await start(content);
    const again = await start(content);
    expect(again).toEqual({ job: first.job, created: false });
    expect(queue.queued).toHaveLength(1);
  });

  it('refuses a file missing required columns as a whole, naming each', async () => {
    const { queue, start } = setup();
    const error = await start('nik,full_name\n').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).violations.map((v) => v.message)).toEqual([
      'the required column birth_date is missing',
      'the required column sex is missing',
      'the required column address is missing',
      'the required column desa_code is missing',
      'the required column occupation is missing',
    ]);
    expect(queue.queued).toEqual([]);
  });

  it('refuses an empty file, an unreal default date and a tenant without a sponsor', async () => {
    const { start } = setup();
    await expect(start('')).rejects.toMatchObject({ code: 'IMPORT_FILE_EMPTY', field: 'file' });
    await expect(start(`${HEADER}\n`, { defaultEnrolmentDate: '2025-02-29' })).rejects.toMatchObject({
      field: 'defaultEnrolmentDate',
    });
    await expect(start(`${HEADER}\n`, { tenant: '73.01' })).rejects.toMatchObject({ code: 'SPONSOR_NOT_FOUND' });
  });

  it('refuses with 503 IMPORT_QUEUE_FULL while the files waiting hold the memory the queue may use', async () => {
    const file = `${HEADER}\n1,7604011205900001,Ahmad,12/05/1990,L,Dusun,76.04.01.2002,ojek\n`;
    const { jobs, queue, start } = setup(Buffer.byteLength(file) + 10);
    await start(file);
    const refusal = await start(file.replace('Ahmad', 'Budi')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BusyError);
    expect(refusal).toMatchObject({ code: 'IMPORT_QUEUE_FULL', retryAfterSeconds: expect.any(Number) });
    expect(queue.queued).toHaveLength(1);
    expect(jobs.jobs.size).toBe(1);
  });
});
