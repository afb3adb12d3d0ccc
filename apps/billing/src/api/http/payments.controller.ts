import { AuditRecordResponse, AuditTrail, auditRecordResponse } from '@jaring/audit';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { parse } from 'csv-parse/sync';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '@jaring/auth';
import { DomainError, NotFoundError, TooLargeError } from '@jaring/kernel';
import type { EventOrigin } from '@jaring/messaging';
import { ApiErrors, BoundedFileInterceptor, ExpensiveRoute, InvalidRequestException } from '@jaring/platform';
import { ImportBankStatementHandler } from '../../application/import-bank-statement/import-bank-statement.handler';
import { BillingReads } from '../../application/ports/billing-reads';
import { RecordPaymentHandler } from '../../application/record-payment/record-payment.handler';
import { ReversePaymentHandler } from '../../application/reverse-payment/reverse-payment.handler';
import { BillingConfig } from '../../billing.config';
import { BANK_STATEMENT_COLUMNS } from '../../domain';
import { BankStatementForm, PaymentQuery, RecordPaymentRequest, ReversePaymentRequest } from './billing.dto';
import {
  allocationResponse,
  PaymentResponse,
  paymentResponse,
  RecordedPaymentResponse,
  ReversedPaymentResponse,
  StatementImportResponse,
} from './billing.responses';
import { RequestOrigin } from './request-origin';

/** A statement's columns: the four required, direction and paidAt, and room for a bank's extras. */
const STATEMENT_MAX_COLUMNS = 32;

/** What multer (memory storage) hands over of an upload. */
interface UploadedContent {
  readonly buffer: Buffer;
  readonly size: number;
}

@ApiTags('payments')
@ApiBearerAuth()
@Controller('v1/payments')
export class PaymentsController {
  constructor(
    private readonly recordPayment: RecordPaymentHandler,
    private readonly reversePayment: ReversePaymentHandler,
    private readonly importStatement: ImportBankStatementHandler,
    private readonly reads: BillingReads,
    private readonly trail: AuditTrail,
    private readonly config: BillingConfig,
  ) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Or idempotencyKey in the body' })
  @ApiOperation({
    summary:
      'Record a payment and allocate it (named invoice first, then oldest arrears, the rest as credit). 201 the first time; 200 with the same body for a repeat of the same key; 409 for the key with a different payment',
  })
  @ApiCreatedResponse({ description: 'The payment, recorded and allocated', type: RecordedPaymentResponse })
  @ApiOkResponse({ description: 'A repeat of the key: the first result, unchanged', type: RecordedPaymentResponse })
  @ApiErrors(409)
  async record(
    @Body() request: RecordPaymentRequest,
    @Headers('idempotency-key') headerKey: string | undefined,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordedPaymentResponse> {
    const idempotencyKey = headerKey ?? request.idempotencyKey;
    if (idempotencyKey === undefined) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_REQUIRED',
        'send an Idempotency-Key header or idempotencyKey',
        'idempotencyKey',
      );
    }
    if (headerKey !== undefined && request.idempotencyKey !== undefined && headerKey !== request.idempotencyKey) {
      throw new DomainError(
        'IDEMPOTENCY_KEY_MISMATCH',
        'the header and the body name different keys',
        'idempotencyKey',
      );
    }
    const { result, replayed } = await this.recordPayment.execute({
      idempotencyKey,
      amount: request.amount,
      paidAt: request.paidAt,
      ...(request.invoiceId !== undefined ? { invoiceId: request.invoiceId } : {}),
      ...(request.invoiceNumber !== undefined ? { invoiceNumber: request.invoiceNumber } : {}),
      ...(request.sponsorId !== undefined ? { sponsorId: request.sponsorId } : {}),
      ...(request.bankReference !== undefined ? { bankReference: request.bankReference } : {}),
      source: 'api',
      recordedBy: actor.subject,
      origin,
    });
    response.status(replayed ? 200 : 201);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return result;
  }

  @Post('bank-statements')
  @ExpensiveRoute()
  @HttpCode(200)
  @UseInterceptors(BoundedFileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: `CSV with a header row: ${BANK_STATEMENT_COLUMNS.join(', ')} [, direction, paidAt]`,
        },
        sponsorId: { type: 'string', format: 'uuid' },
      },
    },
  })
  @ApiOperation({
    summary:
      'Record the credits of a bank statement as payments (idempotent per sponsor and bank transaction id); the invoice comes from the number quoted in the description. A credit that is a payment recorded already through the API (same sponsor, amount and value date, and the same invoice or its transaction id as bank reference) is reported as a duplicate row naming that payment, and not recorded again (docs/adr/0005-bank-statement-matching.md)',
  })
  @ApiOkResponse({ type: StatementImportResponse })
  @ApiErrors(413)
  async uploadStatement(
    @UploadedFile() file: UploadedContent | undefined,
    @Body() form: BankStatementForm,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<StatementImportResponse> {
    if (!file)
      throw new InvalidRequestException([{ field: 'file', code: 'FILE_REQUIRED', message: 'attach the CSV as file' }]);
    const records = this.statementRecords(file.buffer);
    return this.importStatement.execute({
      records,
      ...(form.sponsorId !== undefined ? { sponsorId: form.sponsorId } : {}),
      recordedBy: actor.subject,
      origin,
    });
  }

  /**
   * The statement's rows by column name, bounded before they are built: at most
   * STATEMENT_MAX_COLUMNS columns and BANK_STATEMENT_MAX_ROWS rows (parsing stops one row after).
   */
  private statementRecords(content: Buffer): Record<string, string>[] {
    const maxRows = this.config.BANK_STATEMENT_MAX_ROWS;
    const options = { bom: true, delimiter: delimiterOf(content), skip_empty_lines: true, trim: true };
    try {
      const [header = []] = parse(content, { ...options, to: 1 }) as string[][];
      if (header.length > STATEMENT_MAX_COLUMNS) {
        throw new TooLargeError(
          'STATEMENT_TOO_MANY_COLUMNS',
          `the statement has more than ${STATEMENT_MAX_COLUMNS} columns (the limit)`,
          'file',
          { limit: STATEMENT_MAX_COLUMNS },
        );
      }
      const records = parse(content, { ...options, columns: true, to: maxRows + 1 }) as Record<string, string>[];
      if (records.length > maxRows) {
        throw new TooLargeError(
          'STATEMENT_TOO_MANY_ROWS',
          `the statement has more than ${maxRows.toLocaleString('en-US')} rows (the limit); upload it in parts`,
          'file',
          { limit: maxRows },
        );
      }
      return records;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new InvalidRequestException([
        { field: 'file', code: 'CSV_INVALID', message: `the file is not readable CSV: ${(error as Error).message}` },
      ]);
    }
  }

  @Get()
  @ApiOperation({ summary: 'Payments, newest first' })
  @ApiOkResponse({ type: [PaymentResponse] })
  async list(@Query() query: PaymentQuery): Promise<PaymentResponse[]> {
    return (await this.reads.payments({ sponsorId: query.sponsorId })).map((payment) => paymentResponse(payment));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A payment as it stands now, with its allocations (reversed ones marked)' })
  @ApiOkResponse({ type: PaymentResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PaymentResponse> {
    const found = await this.reads.payment(id);
    if (!found) throw new NotFoundError('PAYMENT_NOT_FOUND', 'no payment has this id', 'id');
    return paymentResponse(found.payment, found.allocations);
  }

  @Get(':id/audit')
  @ApiOperation({
    summary:
      "Every change of the payment, oldest first, from billing's hash-chained audit log: recorded, reversal requested, reversed — who, when, why",
  })
  @ApiOkResponse({ type: [AuditRecordResponse] })
  async audit(@Param('id', ParseUUIDPipe) id: string): Promise<AuditRecordResponse[]> {
    if (!(await this.reads.payment(id))) throw new NotFoundError('PAYMENT_NOT_FOUND', 'no payment has this id', 'id');
    return (await this.trail.of('payment', id)).map(auditRecordResponse);
  }

  @Post(':id/reversal')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Request the reversal of a mistaken payment, with a reason. Nothing moves until a second finance user approves it (four eyes: a reversal withdraws coverage). Repeating changes nothing',
  })
  @ApiAcceptedResponse({ description: 'The payment with its reversal requested', type: PaymentResponse })
  @ApiErrors(409)
  async requestReversal(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ReversePaymentRequest,
    @CurrentActor() actor: Actor,
  ): Promise<PaymentResponse> {
    return paymentResponse(
      await this.reversePayment.request({ paymentId: id, reason: request.reason, requestedBy: actor.subject }),
    );
  }

  @Post(':id/reversal/approval')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A second finance user approves the requested reversal: the allocations are undone and the coverage they paid withdrawn. The requester cannot approve (409 MAKER_CHECKER_VIOLATION); 409 REVERSAL_NOT_REQUESTED without a request. Repeating changes nothing',
  })
  @ApiOkResponse({ description: 'The payment, reversed, and the allocations undone', type: ReversedPaymentResponse })
  @ApiErrors(409)
  async approveReversal(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<ReversedPaymentResponse> {
    const { payment, allocationsUndone, reversedNow } = await this.reversePayment.approve({
      paymentId: id,
      approvedBy: actor.subject,
      origin,
    });
    return { ...paymentResponse(payment), reversedNow, allocationsUndone: allocationsUndone.map(allocationResponse) };
  }
}

/**
 * Indonesian spreadsheets export CSV with ';' (the decimal separator is ','); others with ','.
 * The header row decides, so a comma inside an amount like '21.000.000,00' is not a separator.
 */
function delimiterOf(buffer: Buffer): string {
  const header = buffer.subarray(0, 4_096).toString('utf8').split(/\r?\n/, 1)[0];
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}
