import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '@jaring/config';

export class BillingConfig extends ServiceConfig {
  override PORT: number = 3002;
  override METRICS_PORT: number = 9102;
  override DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/jaring_billing';
  override KAFKA_GROUP_ID: string = 'jaring-billing';

  /**
   * How often the scheduler looks for work (the month's billing runs, the day's arrears
   * assessment); 0 turns the schedule off (runs are then started by API only).
   */
  @IsInt()
  @Min(0)
  BILLING_SCHEDULE_INTERVAL_MS: number = 60 * 60 * 1000;

  /** From this day of the month on, the scheduler bills every known sponsor for the month (once). */
  @IsInt()
  @Min(1)
  @Max(28)
  BILLING_RUN_DAY_OF_MONTH: number = 1;

  /**
   * How long after a newly billable worker reaches billing (registered after the month's billing
   * run, or re-activated) the sponsor's supplementary pass runs; workers arriving meanwhile join the
   * same invoice. With the run's own minutes, the default keeps the supplementary invoice within
   * the hour of the registration (docs/adr/0009). Claims reads the same variable to tell an
   * officer when the invoice is expected.
   */
  @IsInt()
  @Min(1)
  @Max(24 * 60 * 60)
  SUPPLEMENTARY_BILLING_DELAY_SECONDS: number = 45 * 60;

  /**
   * Invoice lines written per transaction in a billing run; progress is committed after each chunk.
   * Each chunk is one set-based statement: 500,000 wrote 1,000,000 lines at ~0.6× COPY speed where
   * 50,000 managed ~0.4× (bench/billing-run), and a regency's month is one chunk either way.
   */
  @IsInt()
  @Min(1_000)
  @Max(1_000_000)
  BILLING_RUN_CHUNK_SIZE: number = 500_000;

  /**
   * The payer type of a sponsor first seen in a WorkerRegistered event (enrolment does not publish
   * sponsors): Jaring's sponsors are Pemkab paying from APBD. Change one with PATCH /v1/sponsors/{id}.
   */
  @IsIn(['APBD', 'APBN', 'SELF', 'OTHER'])
  DEFAULT_SPONSOR_TYPE: string = 'APBD';

  /** [1S] RULES.md §1: memberships lapse after more than this many consecutive unpaid months. */
  @IsInt()
  @Min(1)
  @Max(24)
  ARREARS_LAPSE_AFTER_MONTHS: number = 3;

  /** The sponsor is warned from this many consecutive overdue months (at most the lapse limit). */
  @IsInt()
  @Min(1)
  @Max(24)
  ARREARS_WARNING_AT_MONTHS: number = 2;

  /**
   * Which workers a payment short of an invoice covers: hold-invoice (nobody until it is paid in
   * full; finance gets WorkersLeftUncovered with what is missing) or oldest-enrolment-first (the
   * money covers workers in order of coverage start). Never id order.
   */
  @IsIn(['hold-invoice', 'oldest-enrolment-first'])
  BILLING_SHORT_PAYMENT_POLICY: string = 'hold-invoice';

  /** Whether cuti bersama (collective leave) moves a due date like a national holiday does. */
  @IsBoolean()
  COLLECTIVE_LEAVE_IS_HOLIDAY: boolean = true;

  /** Largest bank-statement upload. */
  @IsInt()
  @Min(1_024)
  @Max(64 * 1024 * 1024)
  BANK_STATEMENT_MAX_BYTES: number = 8 * 1024 * 1024;

  /** Rows one bank-statement upload may hold (a regency account's month is a few hundred). */
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  BANK_STATEMENT_MAX_ROWS: number = 20_000;
}
