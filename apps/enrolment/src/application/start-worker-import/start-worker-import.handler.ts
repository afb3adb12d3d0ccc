import { createHash, randomUUID } from 'node:crypto';
import { BusyError, DomainError } from '@jaring/kernel';
import { assertMayApproveBackdating, backdatingReasonOf } from '../shared/backdating-approval';
import { checkImportHeader, isLocalDate, ValidationFailedError, violation } from '../../domain';
import { ImportFileReader, importFileOf } from '../ports/import-file.reader';
import { ImportFileStore } from '../ports/import-file.store';
import { ImportJobRepository, type ImportJob } from '../ports/import-job.repository';
import { ImportQueue } from '../ports/import-queue';
import { SponsorRepository } from '../ports/sponsor.repository';
import type { StartWorkerImportCommand } from './start-worker-import.command';

/** How long a refused upload should wait: about the time one large import takes. */
const QUEUE_FULL_RETRY_SECONDS = 120;

/**
 * Accepts an uploaded file for bulk import: refuses one beyond the file limits (413 naming the
 * limit) or while the files waiting for their jobs are at the limit (503), checks the header at
 * once (a file missing a required column is refused as a whole, 400), records a job, keeps the file
 * (ImportFileStore) and queues the job on the durable job queue; the rows are read, validated and
 * stored in the background by any replica (RunWorkerImportHandler) while GET /v1/imports/:id shows progress.
 * The same file uploaded again for the same sponsor returns the existing job instead of importing
 * twice (SHA-256 of the content); a different file repeating NIKs gets those rows rejected as
 * already enrolled.
 */
export class StartWorkerImportHandler {
  constructor(
    private readonly sponsors: SponsorRepository,
    private readonly jobs: ImportJobRepository,
    private readonly files: ImportFileStore,
    private readonly reader: ImportFileReader,
    private readonly queue: ImportQueue,
  ) {}

  async execute(command: StartWorkerImportCommand): Promise<{ job: ImportJob; created: boolean }> {
    const sponsor = await this.sponsors.findByTenant(command.tenant);
    if (!sponsor) throw new DomainError('SPONSOR_NOT_FOUND', `no sponsor covers region ${command.tenant}`, 'tenant');
    if (command.defaultEnrolmentDate !== undefined && !isLocalDate(command.defaultEnrolmentDate)) {
      throw new DomainError('DATE_INVALID', 'must be a real date written YYYY-MM-DD', 'defaultEnrolmentDate');
    }
    const backdatingReason =
      command.backdatingReason === undefined
        ? undefined
        : backdatingReasonOf(command.backdatingReason, 'backdatingReason');
    if (backdatingReason !== undefined) assertMayApproveBackdating(command.actorRoles);
    if (command.content.length === 0) throw new DomainError('IMPORT_FILE_EMPTY', 'the uploaded file is empty', 'file');

    const file = importFileOf(command.content);
    await this.reader.checkLimits(file);
    if (!(await this.queue.hasRoomFor(command.content.length))) {
      throw new BusyError(
        'IMPORT_QUEUE_FULL',
        'the imports waiting on this server already hold as much as it keeps in memory; upload the file again in a few minutes',
        QUEUE_FULL_RETRY_SECONDS,
        'file',
      );
    }
    const problems = checkImportHeader(await this.reader.readHeader(file));
    const fatal = problems.filter((problem) => problem.severity === 'error');
    if (fatal.length > 0) {
      throw new ValidationFailedError(
        'IMPORT_HEADER_INVALID',
        fatal.map((problem) => violation('file', problem.code, problem.message)),
      );
    }

    const result = await this.jobs.create({
      id: randomUUID(),
      sponsorId: sponsor.id,
      tenant: sponsor.tenant,
      fileSha256: createHash('sha256').update(command.content).digest('hex'),
      fileFormat: file.format,
      fileBytes: command.content.length,
      ...(command.defaultEnrolmentDate === undefined ? {} : { defaultEnrolmentDate: command.defaultEnrolmentDate }),
      ...(backdatingReason === undefined ? {} : { backdatingReason }),
      warnings: problems.filter((problem) => problem.severity === 'warning'),
      createdBy: command.actor,
    });
    if (result.created) {
      // Stored before it is queued: a job never runs without its file. A process stopping in
      // between leaves the job queued, which the queue's start-up pass queues again.
      await this.files.put(result.job.id, file);
      await this.queue.enqueue(result.job.id);
    }
    return result;
  }
}
