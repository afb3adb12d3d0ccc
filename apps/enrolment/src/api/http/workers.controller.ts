import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuditRecordResponse, auditRecordResponse } from '@jaring/audit';
import { type Actor, CurrentActor } from '@jaring/auth';
import { readsPersonalData } from './access';
import type { EventOrigin } from '@jaring/messaging';
import { GetWorkerHandler } from '../../application/get-worker/get-worker.handler';
import { ReferenceData } from '../../application/ports/reference-data';
import { ContributionBases } from '../../application/shared/contribution-bases';
import { RegisterWorkerHandler } from '../../application/register-worker/register-worker.handler';
import { ConfirmNotDuplicateHandler } from '../../application/review-duplicate/confirm-not-duplicate.handler';
import { SearchWorkersHandler } from '../../application/search-workers/search-workers.handler';
import { UpdateWorkerHandler } from '../../application/update-worker/update-worker.handler';
import { definedFields } from './defined-fields';
import { RequestOrigin } from './request-origin';
import { ValidationFailedFilter } from './validation-failed.filter';
import { RegisterWorkerRequest, SearchWorkersQuery, UpdateWorkerRequest } from './worker.requests';
import {
  detailsResponse,
  pageResponse,
  RegisteredWorkerResponse,
  registeredResponse,
  WorkerDetailsResponse,
  WorkerPageResponse,
} from './worker.responses';

@ApiTags('workers')
@ApiBearerAuth()
@UseFilters(ValidationFailedFilter)
@Controller('v1/workers')
export class WorkersController {
  constructor(
    private readonly registerWorker: RegisterWorkerHandler,
    private readonly updateWorker: UpdateWorkerHandler,
    private readonly confirmNotDuplicate: ConfirmNotDuplicateHandler,
    private readonly searchWorkers: SearchWorkersHandler,
    private readonly getWorker: GetWorkerHandler,
    private readonly reference: ReferenceData,
    private readonly bases: ContributionBases,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Enrol a worker (400 names every invalid field; 409 with the existing id for a known NIK)' })
  @ApiCreatedResponse({ type: RegisteredWorkerResponse })
  @ApiConflictResponse({ description: 'NIK_ALREADY_ENROLLED; details.existingWorkerId' })
  async register(
    @Body() request: RegisterWorkerRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<RegisteredWorkerResponse> {
    const { tenant, ...input } = request;
    const worker = await this.registerWorker.execute({ tenant, input, actor: actor.subject, origin });
    const snapshot = worker.toSnapshot();
    return registeredResponse(snapshot, this.bases.of(snapshot.declaredMonthlyIncome));
  }

  @Get()
  @ApiOperation({ summary: 'Search workers by NIK, name prefix, desa, status; NIKs are masked in the list' })
  @ApiOkResponse({ type: WorkerPageResponse })
  async search(@Query() query: SearchWorkersQuery): Promise<WorkerPageResponse> {
    const page = await this.searchWorkers.execute({
      ...(query.nik === undefined ? {} : { nik: query.nik }),
      ...(query.name === undefined ? {} : { namePrefix: query.name }),
      ...(query.desaCode === undefined ? {} : { desaCode: query.desaCode }),
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.tenant === undefined ? {} : { tenant: query.tenant }),
      ...(query.flagged === undefined ? {} : { flagged: query.flagged }),
      page: query.page,
      pageSize: query.pageSize,
    });
    return pageResponse(page);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'One worker with family (possible heirs) and status history; NIKs, family card and account number in full for enrolment officers only, masked for other roles',
  })
  @ApiOkResponse({ type: WorkerDetailsResponse })
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<WorkerDetailsResponse> {
    const worker = await this.getWorker.execute(id);
    return detailsResponse(
      worker,
      this.reference.regions,
      readsPersonalData(actor),
      this.bases.of(worker.declaredMonthlyIncome),
    );
  }

  @Get(':id/audit')
  @ApiOperation({
    summary:
      "Every change of the worker, oldest first, from enrolment's hash-chained audit log: who (subject and roles), when, before and after, request id and reason. For supervisors",
  })
  @ApiOkResponse({ type: [AuditRecordResponse] })
  async audit(@Param('id', ParseUUIDPipe) id: string): Promise<AuditRecordResponse[]> {
    return (await this.getWorker.audit(id)).map(auditRecordResponse);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a worker's details (never the NIK); publishes WorkerUpdated" })
  @ApiOkResponse({ type: WorkerDetailsResponse })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: UpdateWorkerRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<WorkerDetailsResponse> {
    const worker = await this.updateWorker.execute({
      workerId: id,
      changes: definedFields(request),
      actor: actor.subject,
      origin,
    });
    const snapshot = worker.toSnapshot();
    return detailsResponse(snapshot, this.reference.regions, true, this.bases.of(snapshot.declaredMonthlyIncome));
  }

  @Post(':id/confirm-not-duplicate')
  @ApiOperation({
    summary: 'After review: the flagged worker is a different person; clears the probable-duplicate flag',
  })
  @ApiCreatedResponse({ type: WorkerDetailsResponse })
  async confirmDistinct(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<WorkerDetailsResponse> {
    const worker = await this.confirmNotDuplicate.execute({ workerId: id, actor: actor.subject, origin });
    const snapshot = worker.toSnapshot();
    return detailsResponse(snapshot, this.reference.regions, true, this.bases.of(snapshot.declaredMonthlyIncome));
  }
}
