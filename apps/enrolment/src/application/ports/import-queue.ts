import type { ImportFile } from './import-file.reader';

/** Runs accepted uploads in the background, one at a time per process. */
export abstract class ImportQueue {
  abstract enqueue(jobId: string, file: ImportFile): void;
}
