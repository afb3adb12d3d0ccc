import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '@jaring/persistence';

/**
 * The worker row. Bulk paths write it with set-based SQL (typeorm-worker.repository.ts); this
 * mapping documents the columns and serves simple reads. Personal data: never log a row.
 */
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

  @Column({ name: 'address_line', type: 'text' })
  addressLine: string;

  @Column({ name: 'desa_code', type: 'text' })
  desaCode: string;

  @Column({ type: 'text' })
  occupation: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'kk_number', type: 'char', length: 16, nullable: true })
  kkNumber: string | null;

  @Column({ name: 'kk_since', type: 'date', nullable: true })
  kkSince: string | null;

  @Column({ name: 'bank_code', type: 'text', nullable: true })
  bankCode: string | null;

  @Column({ name: 'account_number', type: 'text', nullable: true })
  accountNumber: string | null;

  @Column({ name: 'account_holder', type: 'text', nullable: true })
  accountHolder: string | null;

  @Column({ name: 'declared_monthly_income', type: 'bigint', transformer: rupiahColumn })
  declaredMonthlyIncome: number;

  @Column({ name: 'enrolment_date', type: 'date' })
  enrolmentDate: string;

  @Column({ name: 'coverage_start_date', type: 'date' })
  coverageStartDate: string;

  @Column({ type: 'text' })
  status: string;

  /** desa|birth date|normalised name (duplicate.rules.ts); indexed for probable-duplicate lookups. */
  @Column({ name: 'duplicate_key', type: 'text' })
  duplicateKey: string;

  @Column({ name: 'probable_duplicate_of', type: 'uuid', array: true, default: () => "'{}'" })
  probableDuplicateOf: string[];

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
