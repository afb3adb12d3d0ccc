import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '@jaring/persistence';

/** Billing's own copy of the workers it bills, built from enrolment's and claims' events. */
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

  /** When the current status took effect (WorkerStatusChanged.effectiveDate). */
  @Column({ name: 'status_effective_date', type: 'date', nullable: true })
  statusEffectiveDate: string | null;

  /** Terminated or deceased: from enrolment's status change. Billed to the end of that month. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** From claims' DeathConfirmed, which may arrive before enrolment's status change. */
  @Column({ name: 'death_date', type: 'date', nullable: true })
  deathDate: string | null;

  /** A lapse's suspension: not billed after the month it starts in, until re-activated. */
  @Column({ name: 'suspended_from', type: 'date', nullable: true })
  suspendedFrom: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
