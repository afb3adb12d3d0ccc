import type { ImportFile } from './import-file.reader';

/**
 * Keeps an uploaded file from its upload until its import job ends, outside any one process, so
 * whichever replica runs or resumes the job can read it (PostgreSQL by default; an object store
 * would implement the same port).
 */
export abstract class ImportFileStore {
  abstract put(importId: string, file: ImportFile): Promise<void>;
  /** Null when the file is gone (its job ended). */
  abstract get(importId: string): Promise<ImportFile | null>;
  abstract remove(importId: string): Promise<void>;
  /** Bytes of the files kept for jobs not ended yet. */
  abstract storedBytes(): Promise<number>;
}
