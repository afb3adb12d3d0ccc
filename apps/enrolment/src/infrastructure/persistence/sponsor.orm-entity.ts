import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sponsor' })
export class SponsorOrmEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Kemendagri region code of the regency: the tenant on every row and event. */
  @Column({ name: 'region_code', type: 'text', unique: true })
  regionCode: string;

  @Column({ name: 'coverage_start_date', type: 'date' })
  coverageStartDate: string;
}
