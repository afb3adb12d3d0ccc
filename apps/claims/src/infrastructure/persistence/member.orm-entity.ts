import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '@jaring/persistence';

/** Claims' own copy of membership, built from enrolment's events; claim decisions read only this. */
@Entity({ name: 'member' })
export class MemberOrmEntity {
  @PrimaryColumn({ name: 'worker_id', type: 'uuid' })
  workerId: string;

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

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'declared_monthly_income', type: 'bigint', transformer: rupiahColumn })
  declaredMonthlyIncome: number;

  @Column({ name: 'enrolment_date', type: 'date' })
  enrolmentDate: string;

  @Column({ name: 'coverage_start_date', type: 'date' })
  coverageStartDate: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
