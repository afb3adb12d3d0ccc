import { Column, Entity, PrimaryColumn } from 'typeorm';
import { rupiahColumn } from '@jaring/persistence';

/** A sponsor (Pemkab) and its cooperation agreement (PKS) with BPJS Ketenagakerjaan. */
@Entity({ name: 'sponsor' })
export class SponsorOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Kemendagri region code of the regency: the tenant on every row and event. */
  @Column({ name: 'region_code', type: 'text', unique: true })
  regionCode: string;

  @Column({ name: 'funding_source', type: 'text' })
  fundingSource: string;

  @Column({ name: 'pks_number', type: 'text' })
  pksNumber: string;

  @Column({ name: 'pks_signing_date', type: 'date' })
  pksSigningDate: string;

  @Column({ name: 'coverage_start_date', type: 'date' })
  coverageStartDate: string;

  @Column({ type: 'text', array: true })
  programmes: string[];

  @Column({ name: 'declared_income_basis', type: 'bigint', transformer: rupiahColumn })
  declaredIncomeBasis: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
