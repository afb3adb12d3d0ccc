import type { ImportFile } from './import-file.reader';

/** Runs accepted uploads in the background, one at a time per process. */
export abstract class ImportQueue {
  /** False while the files waiting here would pass ImportSettings.maxQueuedBytes with one of `bytes` more. */
  abstract hasRoomFor(bytes: number): boolean;
  abstract enqueue(jobId: string, file: ImportFile): void;
}
