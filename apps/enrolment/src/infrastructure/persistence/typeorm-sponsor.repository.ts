import { TenantContext, tenantCondition } from '@jaring/auth';
import { appendAudit } from '@jaring/audit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError } from '@jaring/kernel';
import { SponsorRepository } from '../../application/ports/sponsor.repository';
import type { FundingSource, Programme, Sponsor } from '../../domain';
import { isUniqueViolation } from '@jaring/persistence';

interface SponsorRow {
  id: string;
  name: string;
  region_code: string;
  funding_source: string;
  pks_number: string;
  pks_signing_date: string;
  coverage_start_date: string;
  programmes: string[];
  declared_income_basis: string;
}

const COLUMNS = `id, name, region_code, funding_source, pks_number, pks_signing_date::text AS pks_signing_date,
  coverage_start_date::text AS coverage_start_date, programmes, declared_income_basis`;

@Injectable()
export class TypeormSponsorRepository extends SponsorRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async findById(id: string): Promise<Sponsor | null> {
    const tenant = tenantCondition('region_code', 2);
    const rows: SponsorRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sponsor WHERE id = $1 AND ${tenant.sql}`,
      [id, tenant.value],
    );
    return rows[0] ? toSponsor(rows[0]) : null;
  }

  /** The sponsor of a regency the caller names (to enrol or import into it): 403 unless it is theirs. */
  async findByTenant(tenant: string): Promise<Sponsor | null> {
    TenantContext.current().requireWritable(tenant);
    const rows: SponsorRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM sponsor WHERE region_code = $1`, [
      tenant,
    ]);
    return rows[0] ? toSponsor(rows[0]) : null;
  }

  async list(): Promise<Sponsor[]> {
    const tenant = tenantCondition('region_code', 1);
    const rows: SponsorRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sponsor WHERE ${tenant.sql} ORDER BY region_code`,
      [tenant.value],
    );
    return rows.map(toSponsor);
  }

  async add(sponsor: Sponsor): Promise<void> {
    TenantContext.current().requireWritable(sponsor.tenant);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO sponsor (id, name, region_code, funding_source, pks_number, pks_signing_date, coverage_start_date,
                              programmes, declared_income_basis)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            sponsor.id,
            sponsor.name,
            sponsor.tenant,
            sponsor.fundingSource,
            sponsor.agreement.pksNumber,
            sponsor.agreement.signingDate,
            sponsor.agreement.coverageStartDate,
            sponsor.programmes,
            sponsor.declaredIncomeBasis,
          ],
        );
        const { id, ...recorded } = sponsor;
        await appendAudit(manager, [
          { action: 'create-sponsor', entityType: 'sponsor', entityId: id, after: recorded },
        ]);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.findByTenant(sponsor.tenant);
      throw new ConflictError(
        'SPONSOR_TENANT_TAKEN',
        `region ${sponsor.tenant} already has a sponsor`,
        'tenant',
        existing ? { existingSponsorId: existing.id } : undefined,
      );
    }
  }
}

function toSponsor(row: SponsorRow): Sponsor {
  return {
    id: row.id,
    name: row.name,
    tenant: row.region_code,
    fundingSource: row.funding_source as FundingSource,
    agreement: {
      pksNumber: row.pks_number,
      signingDate: row.pks_signing_date,
      coverageStartDate: row.coverage_start_date,
    },
    programmes: row.programmes as Programme[],
    declaredIncomeBasis: Number(row.declared_income_basis),
  };
}
