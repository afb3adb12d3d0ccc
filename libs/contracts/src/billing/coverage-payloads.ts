import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Min,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { INVOICE_KINDS, INVOICE_NUMBER, type InvoiceKindV1 } from './invoice-payloads';

/** Workers per coverage message: a 1,000,000-worker month is ~1,000 messages, each well under 1 MB. */
export const COVERAGE_BATCH_MAX_WORKERS = 1_000;

/**
 * Coverage for one month was granted (its invoice lines were paid) or withdrawn (a payment was
 * reversed) for a batch of workers. One invoice's coverage is split into numbered batches; the
 * message key is the invoice id, so batches of one invoice stay in order.
 */
export class CoverageBatchV1 {
  @IsUUID()
  invoiceId: string;

  @IsUUID()
  sponsorId: string;

  /** The covered month, YYYY-MM. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month: string;

  /** When the payment that settled these lines was made (or reversed). */
  @IsISO8601()
  effectiveAt: string;

  @IsInt()
  @Min(1)
  batch: number;

  @IsInt()
  @Min(1)
  batches: number;

  @ArrayMinSize(1)
  @ArrayMaxSize(COVERAGE_BATCH_MAX_WORKERS)
  @IsUUID('all', { each: true })
  workerIds: string[];
}

/** Constraint name; the AsyncAPI generator describes it, since a custom constraint has no schema of its own. */
export const ONE_PER_WORKER_ID = 'onePerWorkerId';

/** A parallel array is only unambiguous when it pairs off with `workerIds` one to one. */
@ValidatorConstraint({ name: ONE_PER_WORKER_ID })
class OnePerWorkerId implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const { workerIds } = args.object as CoverageBatchV1;
    return Array.isArray(value) && Array.isArray(workerIds) && value.length === workerIds.length;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must have one entry per workerIds entry`;
  }
}

/**
 * CoverageGranted: a coverage batch that also says at what income each worker's month was billed,
 * the basis of that month's JKK benefits (RULES.md §2: "the declared income in the covered month").
 */
export class CoverageGrantedV1 extends CoverageBatchV1 {
  /**
   * Optional, added within v1: `declaredIncomes[i]` is the declared monthly income (whole rupiah) on
   * the invoice line of `workerIds[i]`. Absent on events published before it existed.
   */
  @IsOptional()
  @ArrayMaxSize(COVERAGE_BATCH_MAX_WORKERS)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Validate(OnePerWorkerId)
  declaredIncomes?: number[];
}

/**
 * WorkersBilled: which workers an issued invoice bills for its month, so a consumer can tell a
 * month not billed yet from one billed and unpaid (docs/adr/0009). Published with InvoiceIssued, as
 * numbered batches of up to 1,000 workers keyed by the invoice id, on the coverage topic: the
 * invoice's coverage batches follow its billed batches on the same partition.
 */
export class WorkersBilledV1 {
  @IsUUID()
  invoiceId: string;

  @Matches(INVOICE_NUMBER)
  invoiceNumber: string;

  @IsUUID()
  sponsorId: string;

  /** The billed month, YYYY-MM. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  month: string;

  @IsIn(INVOICE_KINDS)
  kind: InvoiceKindV1;

  /** When the invoice falls due (business time zone, YYYY-MM-DD). */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueDate: string;

  @IsInt()
  @Min(1)
  batch: number;

  @IsInt()
  @Min(1)
  batches: number;

  @ArrayMinSize(1)
  @ArrayMaxSize(COVERAGE_BATCH_MAX_WORKERS)
  @IsUUID('all', { each: true })
  workerIds: string[];
}
