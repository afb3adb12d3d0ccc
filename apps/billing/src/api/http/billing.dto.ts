import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ListLimit } from '@jaring/platform';
import { PAYMENT_STATUSES, SPONSOR_TYPES, type PaymentStatus, type SponsorType } from '../../domain';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'must be a month YYYY-MM';

export class QuoteContributionRequest {
  @ApiProperty({ example: 1_000_000, description: 'Whole rupiah' })
  @IsInt()
  @Min(0)
  declaredMonthlyIncome: number;

  @ApiProperty({ example: '2026-03' })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month: string;

  @ApiProperty({ enum: SPONSOR_TYPES, example: 'APBD' })
  @IsIn(SPONSOR_TYPES)
  sponsorType: SponsorType;
}

export class StartBillingRunRequest {
  @ApiProperty({ example: '9d1e2f30-4a5b-4c6d-8e7f-a0b1c2d3e4f5' })
  @IsUUID()
  sponsorId: string;

  @ApiProperty({ example: '2026-03' })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month: string;
}

export class BillingRunQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  sponsorId?: string;

  @ApiPropertyOptional({ example: '2026-03' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class InvoiceQuery extends BillingRunQuery {
  @ApiPropertyOptional({ enum: PAYMENT_STATUSES })
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  paymentStatus?: PaymentStatus;
}

export class LinesQuery {
  @ApiPropertyOptional({ description: 'The last workerId of the previous page (keyset paging)' })
  @IsOptional()
  @IsUUID()
  after?: string;

  @IsOptional()
  @ListLimit(10_000, 1_000)
  limit: number = 1_000;
}

export class RecordPaymentRequest {
  @ApiPropertyOptional({
    description: 'Or the Idempotency-Key header. A repeat with the same key returns the first result.',
    example: 'bpkad-7604-sp2d-2026-000123',
  })
  @IsOptional()
  @IsString()
  idempotencyKey?: string;

  @ApiProperty({ example: 431_995_200, description: 'Whole rupiah' })
  @IsInt()
  @Min(1)
  amount: number;

  @ApiProperty({ example: '2026-03-10T10:00:00+08:00', description: 'When the money reached the account' })
  @IsISO8601({ strict: true })
  paidAt: string;

  @ApiPropertyOptional({ description: 'The invoice paid (or invoiceNumber)' })
  @IsOptional()
  @IsUUID()
  invoiceId?: string;

  @ApiPropertyOptional({ example: 'JRG-7604-202603-01' })
  @IsOptional()
  @Matches(/^JRG-\d{4}-\d{6}-\d{2}$/i, { message: 'invoiceNumber must look like JRG-7604-202603-01' })
  invoiceNumber?: string;

  @ApiPropertyOptional({ description: 'For a prepayment that names no invoice: whose credit it becomes' })
  @IsOptional()
  @IsUUID()
  sponsorId?: string;

  @ApiPropertyOptional({ example: 'SP2D/0123/III/2026' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  bankReference?: string;
}

export class ReversePaymentRequest {
  @ApiProperty({ example: 'Transfer bounced: the SP2D was cancelled' })
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  reason: string;
}

export class PaymentQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  sponsorId?: string;
}

export class BankStatementForm {
  @ApiPropertyOptional({ description: 'Whose credit a transfer quoting no invoice number becomes' })
  @IsOptional()
  @IsUUID()
  sponsorId?: string;
}

export class UpdateSponsorRequest {
  @ApiPropertyOptional({ enum: SPONSOR_TYPES })
  @IsOptional()
  @IsIn(SPONSOR_TYPES)
  sponsorType?: SponsorType;

  @ApiPropertyOptional({ example: 'Pemkab Polewali Mandar' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class ReportQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  sponsorId?: string;

  @ApiPropertyOptional({ example: '2026-01' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  to?: string;
}
