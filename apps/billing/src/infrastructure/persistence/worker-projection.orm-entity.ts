import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '@jaring/persistence';

/** Billing's own copy of the workers it bills, built from enrolment's events. */
@Entity({ name: 'worker_projection' })
@Index(['sponsorId', 'status'])
export class WorkerProjectionOrmEntity {
  @PrimaryColumn({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Column({ name: 'sponsor_id', type: 'uuid' })
  sponsorId: string;

  @Column({ type: 'text' })
  tenant: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'declared_monthly_income', type: 'bigint', transformer: rupiahColumn })
  declaredMonthlyIncome: number;

  @Column({ name: 'coverage_start_date', type: 'date' })
  coverageStartDate: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
