import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person on the worker's KK who can be an heir (RULES.md §5). Personal data: never log a row. */
@Entity({ name: 'family_member' })
export class FamilyMemberOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  /** Keeps the order in which members were listed. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  relationship: string;

  @Column({ type: 'char', length: 16 })
  nik: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'char', length: 1 })
  sex: 'M' | 'F';

  @Column({ type: 'boolean', nullable: true })
  married: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  working: boolean | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
