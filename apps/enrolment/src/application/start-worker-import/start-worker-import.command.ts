export interface StartWorkerImportCommand {
  /** The sponsor's regency code. */
  readonly tenant: string;
  /** The uploaded CSV or XLSX file. */
  readonly content: Buffer;
  /** Used for rows whose enrolment_date is empty (e.g. the day the Pemkab handed over the list). */
  readonly defaultEnrolmentDate?: string;
  /**
   * An enrolment supervisor's reason for accepting rows dated before the enrolment window; without
   * it such rows are rejected (ENROLMENT_DATE_BACKDATED) in the error report.
   */
  readonly backdatingReason?: string;
  readonly actor: string;
  readonly actorRoles: readonly string[];
}
