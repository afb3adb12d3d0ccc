import { Body, Controller, Delete, Param, ParseUUIDPipe, Patch, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@jaring/auth';
import type { EventOrigin } from '@jaring/messaging';
import { AddFamilyMemberHandler } from '../../application/add-family-member/add-family-member.handler';
import { RemoveFamilyMemberHandler } from '../../application/remove-family-member/remove-family-member.handler';
import { UpdateFamilyMemberHandler } from '../../application/update-family-member/update-family-member.handler';
import type { FamilyMemberInput, WorkerSnapshot } from '../../domain';
import { definedFields } from './defined-fields';
import { RequestOrigin } from './request-origin';
import { ValidationFailedFilter } from './validation-failed.filter';
import { FamilyMemberRequest, UpdateFamilyMemberRequest } from './worker.requests';
import { FamilyMemberResponse } from './worker.responses';

export class AddedFamilyMemberResponse {
  @ApiProperty({ format: 'uuid' })
  memberId: string;
}

export class FamilyResponse {
  @ApiProperty({ type: [FamilyMemberResponse] })
  family: FamilyMemberResponse[];
}

/** The worker's family from the KK (possible heirs, RULES.md §5); every change publishes FamilyChanged. */
@ApiTags('family')
@ApiBearerAuth()
@UseFilters(ValidationFailedFilter)
@Controller('v1/workers/:id/family')
export class FamilyController {
  constructor(
    private readonly addMember: AddFamilyMemberHandler,
    private readonly updateMember: UpdateFamilyMemberHandler,
    private readonly removeMember: RemoveFamilyMemberHandler,
  ) {}

  @Post()
  @ApiOperation({ summary: 'List a family member from the KK (the worker needs a KK number)' })
  @ApiCreatedResponse({ type: AddedFamilyMemberResponse })
  async add(
    @Param('id', ParseUUIDPipe) workerId: string,
    @Body() request: FamilyMemberRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<AddedFamilyMemberResponse> {
    const member: FamilyMemberInput = { ...request };
    return { memberId: await this.addMember.execute({ workerId, member, actor: actor.subject, origin }) };
  }

  @Patch(':memberId')
  @ApiOperation({ summary: 'Change a family member (e.g. a child marries or starts working)' })
  @ApiOkResponse({ type: FamilyResponse })
  async update(
    @Param('id', ParseUUIDPipe) workerId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() request: UpdateFamilyMemberRequest,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<FamilyResponse> {
    const worker = await this.updateMember.execute({
      workerId,
      memberId,
      changes: definedFields(request),
      actor: actor.subject,
      origin,
    });
    return familyOf(worker.toSnapshot());
  }

  @Delete(':memberId')
  @ApiOperation({ summary: 'Remove a family member listed by mistake or no longer on the KK' })
  @ApiOkResponse({ type: FamilyResponse })
  async remove(
    @Param('id', ParseUUIDPipe) workerId: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @CurrentActor() actor: Actor,
    @RequestOrigin() origin: EventOrigin,
  ): Promise<FamilyResponse> {
    const worker = await this.removeMember.execute({ workerId, memberId, actor: actor.subject, origin });
    return familyOf(worker.toSnapshot());
  }
}

function familyOf(worker: WorkerSnapshot): FamilyResponse {
  return { family: worker.family.map((member) => ({ ...member })) };
}
