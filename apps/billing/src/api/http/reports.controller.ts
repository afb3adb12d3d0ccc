import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BillingReads } from '../../application/ports/billing-reads';
import { ReportQuery } from './billing.dto';
import { CoverageMonthResponse, MonthlyReportRowResponse } from './billing.responses';
import { csvLine, startCsv, writeCsv } from './csv';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('v1')
export class ReportsController {
  constructor(private readonly reads: BillingReads) {}

  @Get('reports/monthly')
  @ApiOperation({ summary: 'Per sponsor per month: billed, paid, outstanding, covered workers' })
  @ApiOkResponse({ type: [MonthlyReportRowResponse] })
  monthly(@Query() query: ReportQuery): Promise<MonthlyReportRowResponse[]> {
    return this.reads.monthlyReport(query);
  }

  @Get('reports/monthly.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The monthly report as CSV' })
  @ApiOkResponse({ schema: { type: 'string' }, description: 'One line per sponsor and month, with a header row' })
  async monthlyCsv(@Query() query: ReportQuery, @Res() response: Response): Promise<void> {
    const rows = await this.reads.monthlyReport(query);
    startCsv(response, 'billing-monthly-report.csv', [
      'tenant',
      'sponsor_id',
      'month',
      'invoice_number',
      'due_date',
      'billed_workers',
      'billed',
      'paid',
      'outstanding',
      'covered_workers',
      'payment_status',
    ]);
    await writeCsv(
      response,
      rows
        .map((row) =>
          csvLine([
            row.tenant,
            row.sponsorId,
            row.month,
            row.invoiceNumber,
            row.dueDate,
            row.billedWorkers,
            row.billed,
            row.paid,
            row.outstanding,
            row.coveredWorkers,
            row.paymentStatus,
          ]),
        )
        .join(''),
    );
    response.end();
  }

  @Get('workers/:id/coverage')
  @ApiOperation({ summary: "A worker's billed months and whether each is paid (covered)" })
  @ApiOkResponse({ type: [CoverageMonthResponse] })
  coverage(@Param('id', ParseUUIDPipe) id: string): Promise<CoverageMonthResponse[]> {
    return this.reads.workerCoverage(id);
  }
}
