import type { NewEvent } from '@jaring/messaging';

export interface SponsorRecord {
  id: string;
  regionCode: string;
  coverageStartDate: string;
}

export interface WorkerRecord {
  id: string;
  sponsorId: string;
  tenant: string;
  nik: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  desaCode: string;
  occupation: string;
  declaredMonthlyIncome: number;
  enrolmentDate: string;
  coverageStartDate: string;
  status: string;
}

/** Persistence the enrolment use cases need; the adapter writes state and events in one transaction. */
export abstract class WorkerStore {
  abstract findSponsorByRegion(regionCode: string): Promise<SponsorRecord | null>;
  abstract findWorkerIdByNik(nik: string): Promise<string | null>;
  /** Stores the worker and stages its events atomically; a concurrent duplicate NIK fails with a conflict. */
  abstract insertWorker(worker: WorkerRecord, events: NewEvent<object>[]): Promise<void>;
  abstract findWorker(id: string): Promise<WorkerRecord | null>;
}
