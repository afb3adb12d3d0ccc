import { ArrayMaxSize, ArrayMinSize, IsInt, IsISO8601, IsUUID, Matches, Min } from 'class-validator';

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
