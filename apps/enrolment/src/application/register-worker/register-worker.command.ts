import type { EventOrigin } from '@jaring/messaging';

export interface RegisterWorkerCommand {
  tenant: string;
  nik: string;
  fullName: string;
  birthDate: string;
  sex: 'M' | 'F';
  desaCode: string;
  occupation: string;
  declaredMonthlyIncome: number;
  enrolmentDate: string;
  origin: EventOrigin;
}
