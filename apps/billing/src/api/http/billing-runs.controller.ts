import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { NotFoundError } from '@jaring/kernel';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '@jaring/auth';
import { ExpensiveRoute } from '@jaring/platform';
import { BillingReads } from '../../application/ports/billing-reads';
import { StartBillingRunHandler } from '../../application/run-billing/start-billing-run.handler';
import { BillingRunQuery, StartBillingRunRequest } from './billing.dto';
import { BillingRunResponse, runResponse } from './billing.responses';

@ApiTags('billing runs')
@ApiBearerAuth()
@Controller('v1/billing-runs')
export class BillingRunsController {
  constructor(
    private readonly startRun: StartBillingRunHandler,
    private readonly reads: BillingReads,
  ) {}

  @Post()
  @ExpensiveRoute()
  @ApiOperation({
    summary:
      'Bill a sponsor for a month: 202 with the run (watch its progress at GET /v1/billing-runs/{id}); 200 with the first run when the month was billed already — nothing changes',
  })
  @ApiAcceptedResponse({ description: 'The run, started', type: BillingRunResponse })
  @ApiOkResponse({ description: 'The existing run of this sponsor and month', type: BillingRunResponse })
  async start(
    @Body() request: StartBillingRunRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BillingRunResponse> {
    const { run, started } = await this.startRun.execute({
      sponsorId: request.sponsorId,
      month: request.month,
      trigger: 'api',
      requestedBy: actor.subject,
    });
    response.status(started ? 202 : 200).location(`/v1/billing-runs/${run.id}`);
    return runResponse(run);
  }

  @Get()
  @ApiOperation({ summary: 'Billing runs, newest first' })
  @ApiOkResponse({ type: [BillingRunResponse] })
  async list(@Query() query: BillingRunQuery): Promise<BillingRunResponse[]> {
    return (await this.reads.runs({ sponsorId: query.sponsorId, month: query.month })).map(runResponse);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A billing run and its progress (lines written of workers expected)' })
  @ApiOkResponse({ type: BillingRunResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<BillingRunResponse> {
    const run = await this.reads.run(id);
    if (!run) throw new NotFoundError('BILLING_RUN_NOT_FOUND', 'no billing run has this id', 'id');
    return runResponse(run);
  }
}
