// What the console reads of the enrolment API: views of the response types generated from
// apps/enrolment/openapi.json (apps/console/src/api/generated/enrolment.ts).
import type { EnrolmentSchema } from '../api';

export type FamilyMember = EnrolmentSchema<'FamilyMemberResponse'>;
export type StatusChange = EnrolmentSchema<'StatusHistoryResponse'>;
export type WorkerDetails = EnrolmentSchema<'WorkerDetailsResponse'>;
export type ImportJob = EnrolmentSchema<'ImportJobResponse'>;

/** Whether the job will still change: the page polls it until it does not. */
export function importRunning(job: Pick<ImportJob, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}

/** Rows done of the total as a percentage for the progress bar; 0 while the total is not counted yet. */
export function importProgress(job: Pick<ImportJob, 'status' | 'total' | 'processed'>): number {
  if (job.status === 'completed') return 100;
  if (!job.total) return 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}
