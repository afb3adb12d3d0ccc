import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '@jaring/persistence';

@Entity({ name: 'worker' })
export class WorkerOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'sponsor_id', type: 'uuid' })
  sponsorId: string;

  @Column({ type: 'text' })
  tenant: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 16 })
  nik: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'char', length: 1 })
  sex: 'M' | 'F';

  @Column({ name: 'desa_code', type: 'text' })
  desaCode: string;

  @Column({ type: 'text' })
  occupation: string;

  @Column({ name: 'declared_monthly_income', type: 'bigint', transformer: rupiahColumn })
  declaredMonthlyIncome: number;

  @Column({ name: 'enrolment_date', type: 'date' })
  enrolmentDate: string;

  @Column({ name: 'coverage_start_date', type: 'date' })
  coverageStartDate: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
