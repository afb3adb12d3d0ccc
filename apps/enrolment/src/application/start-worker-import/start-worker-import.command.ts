export interface StartWorkerImportCommand {
  /** The sponsor's regency code. */
  readonly tenant: string;
  /** The uploaded CSV or XLSX file. */
  readonly content: Buffer;
  /** Used for rows whose enrolment_date is empty (e.g. the day the Pemkab handed over the list). */
  readonly defaultEnrolmentDate?: string;
  readonly actor: string;
}
