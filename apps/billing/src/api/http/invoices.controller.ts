import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { NotFoundError } from '@jaring/kernel';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BillingReads } from '../../application/ports/billing-reads';
import type { InvoiceRecord } from '../../application/ports/billing-records';
import { InvoiceQuery, LinesQuery } from './billing.dto';
import { InvoiceLinesResponse, InvoiceResponse, invoiceResponse } from './billing.responses';
import { csvLine, startCsv, writeCsv } from './csv';

const CSV_PAGE = 10_000;

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('v1/invoices')
export class InvoicesController {
  constructor(private readonly reads: BillingReads) {}

  @Get()
  @ApiOperation({ summary: 'Invoices, newest month first' })
  @ApiOkResponse({ type: [InvoiceResponse] })
  async list(@Query() query: InvoiceQuery): Promise<InvoiceResponse[]> {
    return (
      await this.reads.invoices({ sponsorId: query.sponsorId, month: query.month, paymentStatus: query.paymentStatus })
    ).map(invoiceResponse);
  }

  @Get(':ref')
  @ApiOperation({
    summary: 'One invoice by id or number (JRG-7604-202603-01): totals, due date, paid, covered workers',
  })
  @ApiOkResponse({ type: InvoiceResponse })
  async get(@Param('ref') ref: string): Promise<InvoiceResponse> {
    return invoiceResponse(await this.invoice(ref));
  }

  @Get(':ref/lines')
  @ApiOperation({ summary: "The invoice's lines, one per worker, in pages (pass the last workerId as `after`)" })
  @ApiOkResponse({ type: InvoiceLinesResponse })
  async lines(@Param('ref') ref: string, @Query() query: LinesQuery): Promise<InvoiceLinesResponse> {
    const invoice = await this.invoice(ref);
    const lines = await this.reads.lines(invoice.id, query.after ?? null, query.limit);
    return {
      invoiceId: invoice.id,
      invoiceNumber: invoice.invoiceNumber,
      month: invoice.month,
      lines,
      next: lines.length === query.limit ? lines[lines.length - 1].workerId : null,
    };
  }

  @Get(':ref/lines.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: "All the invoice's lines as CSV (streamed)" })
  @ApiOkResponse({ schema: { type: 'string' }, description: 'One line per worker, with a header row' })
  async linesCsv(@Param('ref') ref: string, @Res() response: Response): Promise<void> {
    const invoice = await this.invoice(ref);
    startCsv(response, `${invoice.invoiceNumber}-lines.csv`, [
      'invoice_number',
      'month',
      'line_no',
      'worker_id',
      'declared_income',
      'jkk',
      'jkm',
      'amount',
      'paid',
    ]);
    let after: string | null = null;
    for (;;) {
      const page = await this.reads.lines(invoice.id, after, CSV_PAGE);
      if (page.length === 0) break;
      await writeCsv(
        response,
        page
          .map((line) =>
            csvLine([
              invoice.invoiceNumber,
              invoice.month,
              line.lineNo,
              line.workerId,
              line.declaredIncome,
              line.jkk,
              line.jkm,
              line.amount,
              line.paid,
            ]),
          )
          .join(''),
      );
      if (page.length < CSV_PAGE) break;
      after = page[page.length - 1].workerId;
    }
    response.end();
  }

  private async invoice(ref: string): Promise<InvoiceRecord> {
    const invoice = await this.reads.invoice(ref);
    if (!invoice) throw new NotFoundError('INVOICE_NOT_FOUND', 'no invoice has this id or number', 'ref');
    return invoice;
  }
}
