// What the console reads of the enrolment API (apps/enrolment/src/api/http/*.responses.ts, import.dto.ts).

export interface FamilyMember {
  memberId: string;
  relationship: string;
  nik: string;
  fullName: string;
  birthDate: string;
  sex: string;
  married?: boolean;
  working?: boolean;
}

export interface StatusChange {
  from: string | null;
  to: string;
  reason: string;
  actor: string;
  at: string;
  effectiveDate: string;
}

export interface WorkerDetails {
  id: string;
  tenant: string;
  nik: string;
  fullName: string;
  birthDate: string;
  sex: string;
  addressLine: string;
  desaCode: string;
  desaName?: string;
  occupation: string;
  phone?: string;
  kk?: { number: string; since: string };
  payoutAccount?: { bankCode: string; accountNumber: string; holderName: string };
  declaredMonthlyIncome: number;
  contributionBasis: number;
  enrolmentDate: string;
  coverageStartDate: string;
  status: string;
  flaggedAsProbableDuplicate: boolean;
  family: FamilyMember[];
  statusHistory: StatusChange[];
}

export interface ImportJob {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  tenant: string;
  format: string;
  total: number | null;
  processed: number;
  accepted: number;
  rejected: number;
  flagged: number;
  failureReason?: string;
  createdAt: string;
  finishedAt?: string;
  errorReport: string;
  duplicateUpload?: boolean;
}

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
