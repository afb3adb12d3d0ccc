import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@jaring/platform';
import { ScholarshipYearsHandler } from '../../application/scholarship-years/scholarship-years.handler';
import type { ClaimActor } from '../../domain';
import { CurrentClaimActor } from './claim-actor';
import { ScholarshipYearRequest } from './claims.requests';
import { ScholarshipYearResponse } from './claims.response-schemas';

/** Later school years of a paid death claim's scholarship (RULES.md §4), each approved and paid on its own. */
@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/claims/:id/scholarships')
export class ScholarshipYearsController {
  constructor(private readonly scholarshipYears: ScholarshipYearsHandler) {}

  @Post()
  @ApiOperation({
    summary:
      'Request one school year for one child of a paid death claim: checked against RULES.md §4 with the family projection and the years already paid on the claim; 409 when that year of the child is already claimed',
  })
  @ApiCreatedResponse({ type: ScholarshipYearResponse })
  @ApiErrors(409)
  async request(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() request: ScholarshipYearRequest,
    @CurrentClaimActor() actor: ClaimActor,
  ): Promise<ScholarshipYearResponse> {
    return this.scholarshipYears.request({ claimId: id, ...request }, actor);
  }

  @Post(':scholarshipYearId/approval')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve a requested school year (not by the officer who requested it; above the threshold a supervisor) and order its transfer to the claim’s payee',
  })
  @ApiOkResponse({ type: ScholarshipYearResponse })
  @ApiErrors(409)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('scholarshipYearId', ParseUUIDPipe) scholarshipYearId: string,
    @CurrentClaimActor() actor: ClaimActor,
  ): Promise<ScholarshipYearResponse> {
    return this.scholarshipYears.approve({ claimId: id, scholarshipYearId }, actor);
  }

  @Get()
  @ApiOperation({ summary: 'The school years requested on the claim after its payment, with their status' })
  @ApiOkResponse({ type: [ScholarshipYearResponse] })
  async list(@Param('id', ParseUUIDPipe) id: string): Promise<ScholarshipYearResponse[]> {
    return this.scholarshipYears.ofClaim(id);
  }
}
