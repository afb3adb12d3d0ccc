/** Limits and batch size of bulk imports, from the service configuration. */
export abstract class ImportSettings {
  /** Rows validated and stored per database transaction. */
  abstract readonly batchSize: number;
  /** Files with more data rows than this are refused as a whole. */
  abstract readonly maxRows: number;
  /** Bytes of uploaded files an instance holds in memory waiting for their import to run. */
  abstract readonly maxQueuedBytes: number;
}
