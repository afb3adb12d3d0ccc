import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A bulk import of a CSV or XLSX file: what was uploaded, and its progress and outcome. */
@Entity({ name: 'import_job' })
export class ImportJobOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'sponsor_id', type: 'uuid' })
  sponsorId: string;

  @Column({ type: 'text' })
  tenant: string;

  /** The same file for the same sponsor is imported once (unique unless the earlier job failed). */
  @Column({ name: 'file_sha256', type: 'char', length: 64 })
  fileSha256: string;

  @Column({ name: 'file_format', type: 'text' })
  fileFormat: string;

  @Column({ name: 'file_bytes', type: 'integer' })
  fileBytes: number;

  @Column({ name: 'default_enrolment_date', type: 'date', nullable: true })
  defaultEnrolmentDate: string | null;

  /** An enrolment supervisor's reason for accepting enrolment dates before the window (the uploader approved). */
  @Column({ name: 'backdating_reason', type: 'text', nullable: true })
  backdatingReason: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'total_rows', type: 'integer', nullable: true })
  totalRows: number | null;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows: number;

  @Column({ name: 'accepted_rows', type: 'integer', default: 0 })
  acceptedRows: number;

  @Column({ name: 'rejected_rows', type: 'integer', default: 0 })
  rejectedRows: number;

  @Column({ name: 'flagged_rows', type: 'integer', default: 0 })
  flaggedRows: number;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  warnings: object[];

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** The job queue's attempt working on this import; an older attempt can no longer write. */
  @Column({ type: 'integer', default: -1 })
  attempt: number;
}
