import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@jaring/auth';
import type { EventOrigin } from '@jaring/messaging';
import type { StatusAction } from '../../application/change-worker-status/change-worker-status.command';
import { ChangeWorkerStatusHandler } from '../../application/change-worker-status/change-worker-status.handler';
import { ReferenceData } from '../../application/ports/reference-data';
import { ContributionBases } from '../../application/shared/contribution-bases';
import { RequestOrigin } from './request-origin';
import { ValidationFailedFilter } from './validation-failed.filter';
import { StatusChangeRequest } from './worker.requests';
import { detailsResponse, WorkerDetailsResponse } from './worker.responses';

/**
 * Lifecycle commands of enrolment officers. Each stores the transition with reason, actor, time
 * and effective date in the status history and publishes WorkerStatusChanged; a transition the
 * lifecycle forbids is a 409. Lapses (billing) and deaths (claims) arrive as events instead.
 */
@ApiTags('workers')
@ApiBearerAuth()
@UseFilters(ValidationFailedFilter)
@Controller('v1/workers/:id')
export class WorkerLifecycleController {
  constructor(
    private readonly changeStatus: ChangeWorkerStatusHandler,
    private readonly reference: ReferenceData,
    private readonly bases: ContributionBases,
  ) {}

  @Post('activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'pending → active (not before the coverage start)' })
  @ApiOkResponse({ type: WorkerDetailsResponse })
  @ApiConflictResponse({ description: 'WORKER_TRANSITION_ILLEGAL or WORKER_STATUS_TERMINAL' })
  activate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StatusChangeRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ) {
    return this.apply('activate', id, body, actor, origin);
  }

  @Post('suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'active → suspended' })
  @ApiOkResponse({ type: WorkerDetailsResponse })
  suspend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StatusChangeRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ) {
    return this.apply('suspend', id, body, actor, origin);
  }

  @Post('reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'suspended → active (arrears paid)' })
  @ApiOkResponse({ type: WorkerDetailsResponse })
  reactivate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StatusChangeRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ) {
    return this.apply('reactivate', id, body, actor, origin);
  }

  @Post('terminate')
  @HttpCode(200)
  @ApiOperation({ summary: 'pending, active or suspended → terminated (left the programme; final)' })
  @ApiOkResponse({ type: WorkerDetailsResponse })
  terminate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StatusChangeRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ) {
    return this.apply('terminate', id, body, actor, origin);
  }

  private async apply(
    action: StatusAction,
    workerId: string,
    body: StatusChangeRequest,
    actor: Actor,
    origin: EventOrigin,
  ): Promise<WorkerDetailsResponse> {
    const worker = await this.changeStatus.execute({
      workerId,
      action,
      reason: body.reason,
      ...(body.effectiveDate === undefined ? {} : { effectiveDate: body.effectiveDate }),
      actor: actor.subject,
      origin,
    });
    const snapshot = worker.toSnapshot();
    return detailsResponse(snapshot, this.reference.regions, true, this.bases.of(snapshot.declaredMonthlyIncome));
  }
}
