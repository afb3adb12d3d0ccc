import { tenantCondition } from '@jaring/auth';
import type { EntityManager } from 'typeorm';
import type { FamilyMemberFacts, MemberFacts, MemberReads } from '../../application/ports/member.reads';
import type { BilledMonth, InvoicePaymentState, LocalDate, PaidMonth, Relationship } from '../../domain';
import { dateOrUndefined } from './postgres-errors';

interface MemberRow {
  worker_id: string;
  tenant: string;
  nik: string;
  full_name: string;
  birth_date: string;
  status: string;
  declared_monthly_income: string;
  enrolment_date: string;
  coverage_start_date: string;
  terminated_on: string | null;
  deceased_on: string | null;
  payout_bank_code: string | null;
  payout_account_number: string | null;
  payout_holder_name: string | null;
  payout_account_changed_at: Date | null;
  prior_membership_start: string | null;
  prior_months_paid: number | null;
  registered_at: Date;
}

const MEMBER_COLUMNS = `worker_id, tenant, nik, full_name, birth_date::text, status, declared_monthly_income,
  enrolment_date::text, coverage_start_date::text, terminated_on::text, deceased_on::text,
  payout_bank_code, payout_account_number, payout_holder_name, payout_account_changed_at, prior_membership_start::text,
  prior_months_paid, registered_at`;

function memberOf(row: MemberRow): MemberFacts {
  return {
    workerId: row.worker_id,
    tenant: row.tenant,
    nik: row.nik,
    fullName: row.full_name,
    birthDate: row.birth_date,
    status: row.status,
    declaredMonthlyIncome: Number(row.declared_monthly_income),
    enrolmentDate: row.enrolment_date,
    coverageStartDate: row.coverage_start_date,
    registeredAt: row.registered_at.toISOString(),
    ...(row.terminated_on ? { terminatedOn: row.terminated_on } : {}),
    ...(row.deceased_on ? { deceasedOn: row.deceased_on } : {}),
    ...(row.prior_membership_start && row.prior_months_paid !== null
      ? {
          priorMembership: {
            bpjsMembershipStart: row.prior_membership_start,
            monthsPaid: Number(row.prior_months_paid),
          },
        }
      : {}),
    ...(row.payout_bank_code && row.payout_account_number && row.payout_holder_name
      ? {
          payoutAccount: {
            bankCode: row.payout_bank_code,
            accountNumber: row.payout_account_number,
            holderName: row.payout_holder_name,
            ...(row.payout_account_changed_at ? { changedAt: row.payout_account_changed_at.toISOString() } : {}),
          },
        }
      : {}),
  };
}

/** The claims projections, read with the caller's transaction. */
export class SqlMemberReads implements MemberReads {
  constructor(
    private readonly manager: EntityManager,
    /** The regency's UTC offset: the local day a coverage payment was made. */
    private readonly utcOffsetMinutes: number,
  ) {}

  /** Members of the current tenant scope only: a claim is never opened on another regency's worker. */
  async byId(workerId: string): Promise<MemberFacts | undefined> {
    return this.memberWhere('worker_id = $1', workerId);
  }

  async byNik(nik: string): Promise<MemberFacts | undefined> {
    return this.memberWhere('nik = $1', nik);
  }

  private async memberWhere(condition: string, value: string): Promise<MemberFacts | undefined> {
    const tenant = tenantCondition('tenant', 2);
    const rows: MemberRow[] = await this.manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM member WHERE ${condition} AND ${tenant.sql}`,
      [value, tenant.value],
    );
    return rows[0] && memberOf(rows[0]);
  }

  async family(workerId: string): Promise<FamilyMemberFacts[]> {
    const rows: Array<{
      member_id: string;
      relationship: Relationship;
      nik: string;
      full_name: string;
      birth_date: string;
      married: boolean | null;
      working: boolean | null;
    }> = await this.manager.query(
      `SELECT member_id, relationship, nik, full_name, birth_date::text, married, working
         FROM family_member WHERE worker_id = $1 ORDER BY birth_date, member_id`,
      [workerId],
    );
    return rows.map((row) => ({
      memberId: row.member_id,
      relationship: row.relationship,
      nik: row.nik,
      fullName: row.full_name,
      birthDate: row.birth_date,
      ...(row.married !== null ? { married: row.married } : {}),
      ...(row.working !== null ? { working: row.working } : {}),
    }));
  }

  async coveredMonths(workerId: string): Promise<PaidMonth[]> {
    // A month may be settled by more than one invoice (a correction): it counts once, from its first
    // payment, and at the income of the first one that carries it (billing bills a worker's month once).
    const rows: Array<{ month: string; paid_on: string; billed_income: string | null }> = await this.manager.query(
      `SELECT month, (min(paid_at) AT TIME ZONE 'UTC' + make_interval(mins => $2))::date::text AS paid_on,
              (array_agg(declared_income ORDER BY paid_at, invoice_id) FILTER (WHERE declared_income IS NOT NULL))[1]
                AS billed_income
         FROM covered_month WHERE worker_id = $1 GROUP BY month ORDER BY month`,
      [workerId, this.utcOffsetMinutes],
    );
    return rows.map((row) => ({
      month: row.month,
      paidOn: dateOrUndefined(row.paid_on)!,
      ...(row.billed_income === null ? {} : { billedIncome: Number(row.billed_income) }),
    }));
  }

  async billedMonth(workerId: string, month: string): Promise<BilledMonth | undefined> {
    // Billing bills a worker's month on one invoice line; should two invoices ever name it, the
    // paid one, else the latest due, is what the officer acts on.
    const rows: Array<{ invoice_number: string; due_date: string; payment_status: InvoicePaymentState }> =
      await this.manager.query(
        `SELECT i.invoice_number, i.due_date::text, i.payment_status
           FROM billed_month b JOIN billed_invoice i ON i.invoice_id = b.invoice_id
          WHERE b.worker_id = $1 AND b.month = $2 AND i.due_date IS NOT NULL
          ORDER BY i.payment_status = 'paid' DESC, i.due_date DESC
          LIMIT 1`,
        [workerId, month],
      );
    return rows[0]
      ? { invoiceNumber: rows[0].invoice_number, dueDate: rows[0].due_date, paymentStatus: rows[0].payment_status }
      : undefined;
  }

  async incomeOn(workerId: string, date: LocalDate): Promise<number | undefined> {
    const rows: Array<{ declared_monthly_income: string }> = await this.manager.query(
      `SELECT declared_monthly_income FROM member_income WHERE worker_id = $1
        ORDER BY (effective_from <= $2::date) DESC,
                 CASE WHEN effective_from <= $2::date THEN effective_from END DESC,
                 effective_from ASC
        LIMIT 1`,
      [workerId, date],
    );
    return rows[0] ? Number(rows[0].declared_monthly_income) : undefined;
  }
}
