/**
 * Runs accepted uploads in the background on a durable job queue: any replica picks a job up, and
 * one whose worker died is taken back and resumed by another.
 */
export abstract class ImportQueue {
  /**
   * False while the uploaded files waiting for their jobs would pass ImportSettings.maxQueuedBytes
   * with one of `bytes` more (they are stored until their job ends).
   */
  abstract hasRoomFor(bytes: number): Promise<boolean>;
  /** Queues the import's job; a job of this import still queued or running makes it a no-op. */
  abstract enqueue(importId: string): Promise<void>;
}
