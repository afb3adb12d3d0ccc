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

  @Column({ type: 'char', length: 1, nullable: true })
  sex: string | null;

  @Column({ name: 'payout_bank_code', type: 'text', nullable: true })
  payoutBankCode: string | null;

  @Column({ name: 'payout_account_number', type: 'text', nullable: true })
  payoutAccountNumber: string | null;

  @Column({ name: 'payout_holder_name', type: 'text', nullable: true })
  payoutHolderName: string | null;

  /** When a WorkerUpdated last brought a different payout account (NULL: given at registration). */
  @Column({ name: 'payout_account_changed_at', type: 'timestamptz', nullable: true })
  payoutAccountChangedAt: Date | null;

  /** The first uncovered day (RULES.md: termination is the first day without coverage). */
  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;
}
