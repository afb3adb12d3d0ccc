import { randomUUID } from 'node:crypto';
import type { EventOrigin } from '@jaring/messaging';
import {
  DuplicateIndex,
  DuplicateNikError,
  duplicateKey,
  maskNik,
  parseImportRow,
  type ImportContext,
  type ImportRowError,
  type ImportRowResult,
  type KnownWorker,
} from '../../domain';
import type { RawImportRow } from '../ports/import-file.reader';
import type { AcceptedImportRow, ImportBatch } from '../ports/import-job.repository';
import { enrolValidatedWorker } from '../register-worker/enrol-worker';
import { toOutboxEvents } from '../shared/worker-events.mapper';

/** Rows validated between two yields to the event loop (about 2–5 ms of work). */
const YIELD_EVERY = 100;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A copy sharing no memory with the text it was cut from. V8 keeps a substring as a view of its
 * parent string, so a NIK remembered until the import ends would keep the ~1 MiB segment of the
 * file's text it came from alive, and with it the whole file's text by the last row (~30 MB).
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Looks up workers already stored with these NIKs or duplicate keys. */
export type KnownWorkerLookup = (niks: readonly string[], keys: readonly string[]) => Promise<KnownWorker[]>;

/**
 * The rules of one bulk import, batch after batch: every row parsed and validated (parseImportRow),
 * then judged against the workers already stored and the earlier rows of the same file
 * (DuplicateIndex: the first occurrence of a NIK wins, later ones are rejected), then enrolled
 * exactly as a single registration would be. Keeps no database handle: it returns each batch
 * ready to store.
 */
export class ImportSession {
  private readonly index = new DuplicateIndex();
  /** Workers accepted from this file, by id, with their row: to say "same NIK as row 17". */
  private readonly rowOfWorker = new Map<string, number>();
  private readonly remembered = new Set<string>();
  private nextErrorSeq = 1;
  private readonly origin: EventOrigin;

  constructor(
    private readonly context: ImportContext,
    private readonly by: { readonly actor: string; readonly at: string },
    jobId: string,
    private readonly lookup: KnownWorkerLookup,
  ) {
    this.origin = { correlationId: jobId, causationId: jobId };
  }

  async prepare(rows: readonly RawImportRow[], batchNo: number): Promise<ImportBatch> {
    const parsed: ImportRowResult[] = [];
    for (const row of rows) {
      parsed.push(parseImportRow(row.record, row.rowNumber, this.context));
      if (parsed.length % YIELD_EVERY === 0) await yieldToEventLoop();
    }
    const registrations = parsed.flatMap((result) => (result.ok ? [result.registration] : []));
    const known = await this.lookup(
      registrations.map((registration) => registration.nik),
      registrations.map((registration) => duplicateKey(registration)),
    );
    for (const worker of known) this.remember(worker);

    const accepted: AcceptedImportRow[] = [];
    const errors: ImportRowError[] = [];
    for (const [index, result] of parsed.entries()) {
      // Let the previous batch's database round trips through while this one is being built.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      try {
        const { worker, events } = enrolValidatedWorker(
          {
            workerId: randomUUID(),
            registration: result.registration,
            context: this.context,
            knownWorkers: this.index.knownMatching(result.registration),
            ...this.by,
          },
          this.context.today,
        );
        this.remember({ workerId: worker.id, nik: detached(worker.nik), duplicateKey: worker.duplicateKey });
        this.rowOfWorker.set(worker.id, result.row);
        accepted.push({
          rowNumber: result.row,
          worker,
          events: toOutboxEvents(events, this.origin),
          ifNikTaken: {
            row: result.row,
            field: 'nik',
            code: 'NIK_ALREADY_ENROLLED',
            message: `a worker with NIK ${maskNik(worker.nik)} was enrolled by another request while this file was imported`,
          },
        });
      } catch (error) {
        if (!(error instanceof DuplicateNikError)) throw error;
        errors.push(this.duplicateError(result.row, error));
      }
    }
    const firstErrorSeq = this.nextErrorSeq;
    this.nextErrorSeq += errors.length + accepted.length;
    return { batchNo, accepted, errors, rows: rows.length, firstErrorSeq };
  }

  private remember(worker: KnownWorker): void {
    if (this.remembered.has(worker.workerId)) return;
    this.remembered.add(worker.workerId);
    this.index.remember(worker);
  }

  private duplicateError(row: number, error: DuplicateNikError): ImportRowError {
    const existingId = String(error.details?.existingWorkerId ?? '');
    const earlierRow = this.rowOfWorker.get(existingId);
    return earlierRow === undefined
      ? { row, field: 'nik', code: error.code, message: error.message }
      : {
          row,
          field: 'nik',
          code: 'NIK_REPEATED_IN_FILE',
          message: `the same NIK is already on row ${earlierRow} of this file, which was imported; this row is not`,
        };
  }
}
