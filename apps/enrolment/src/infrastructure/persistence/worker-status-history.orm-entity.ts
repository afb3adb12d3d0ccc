import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One lifecycle transition of a worker: from, to, why, who, when recorded and when effective. */
@Entity({ name: 'worker_status_history' })
export class WorkerStatusHistoryOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  /** null for the registration itself. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** The claim that confirmed or retracted a death; null for every other change. */
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;
}
