import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@jaring/platform';
import { type Actor, CurrentActor } from '@jaring/auth';
import type { EventOrigin } from '@jaring/messaging';
import { BackdatedEnrolmentHandlers } from '../../application/backdated-enrolment/backdated-enrolment.handlers';
import { BackdatedEnrolmentRepository } from '../../application/ports/backdated-enrolment.repository';
import {
  BackdatedEnrolmentPageResponse,
  BackdatedEnrolmentResponse,
  backdatedEnrolmentResponse,
  BackdatedEnrolmentListQuery,
  BackdatingDecisionRequest,
  RequestBackdatedEnrolmentRequest,
} from './backdated-enrolment.dto';
import { RequestOrigin } from './request-origin';
import { ValidationFailedFilter } from './validation-failed.filter';

@ApiTags('backdated enrolments')
@ApiBearerAuth()
@UseFilters(ValidationFailedFilter)
@Controller('v1/backdated-enrolments')
export class BackdatedEnrolmentsController {
  constructor(
    private readonly handlers: BackdatedEnrolmentHandlers,
    private readonly requests: BackdatedEnrolmentRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Ask for an enrolment dated before the enrolment window, with a reason: 202, the registration waits as pending-backdating-approval (400 names every invalid field; 409 for a NIK already enrolled)',
  })
  @ApiResponse({ status: 202, type: BackdatedEnrolmentResponse, description: 'Waiting for a supervisor' })
  @ApiErrors(409)
  async request(@Body() body: RequestBackdatedEnrolmentRequest, @CurrentActor() actor: Actor) {
    const { tenant, reason, ...input } = body;
    return backdatedEnrolmentResponse(await this.handlers.request({ tenant, input, reason, actor: actor.subject }));
  }

  @Get()
  @ApiOperation({ summary: 'Backdated enrolments, oldest first (filter by status: the approval queue)' })
  @ApiOkResponse({ type: BackdatedEnrolmentPageResponse })
  async list(@Query() query: BackdatedEnrolmentListQuery): Promise<BackdatedEnrolmentPageResponse> {
    const { items, total } = await this.requests.list({
      ...(query.status === undefined ? {} : { status: query.status }),
      limit: query.limit,
      offset: query.offset,
    });
    return { total, items: items.map(backdatedEnrolmentResponse) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One backdated enrolment with its decision' })
  @ApiOkResponse({ type: BackdatedEnrolmentResponse })
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return backdatedEnrolmentResponse(await this.handlers.get(id));
  }

  @Post(':id/approval')
  @ApiOperation({
    summary:
      'An enrolment supervisor other than the officer who asked approves, with a reason: the worker is enrolled from the requested date (201; 409 MAKER_CHECKER_VIOLATION naming the conflicting role, or when already decided)',
  })
  @ApiCreatedResponse({ type: BackdatedEnrolmentResponse, description: 'Approved: the worker is enrolled' })
  @ApiErrors(409)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: BackdatingDecisionRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ) {
    return backdatedEnrolmentResponse(await this.handlers.approve(decisionOf(id, body, actor, origin)));
  }

  @Post(':id/refusal')
  @HttpCode(200)
  @ApiOperation({ summary: 'An enrolment supervisor other than the officer who asked refuses, with a reason' })
  @ApiOkResponse({ type: BackdatedEnrolmentResponse })
  @ApiErrors(409)
  async refuse(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: BackdatingDecisionRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ) {
    return backdatedEnrolmentResponse(await this.handlers.refuse(decisionOf(id, body, actor, origin)));
  }
}

/** A supervisor's decision on a request, as both the approval and the refusal take it. */
function decisionOf(id: string, body: BackdatingDecisionRequest, actor: Actor, origin: EventOrigin) {
  return { id, reason: body.reason, actor: actor.subject, actorRoles: actor.roles, origin };
}
