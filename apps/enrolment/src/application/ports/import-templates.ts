/** The documented bulk-import template shipped with the service (seed/worker-import-template.csv). */
export abstract class ImportTemplates {
  abstract csv(): Buffer;
  abstract xlsx(): Promise<Buffer>;
}
