import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateSponsorHandler } from '../../application/create-sponsor/create-sponsor.handler';
import { ReadSponsorsHandler } from '../../application/read-sponsors/read-sponsors.handler';
import { CreateSponsorRequest, SponsorResponse, sponsorResponse } from './sponsor.dto';
import { ValidationFailedFilter } from './validation-failed.filter';

/** Sponsors (Pemkab) and their cooperation agreements: the tenants of every worker and event. */
@ApiTags('sponsors')
@ApiBearerAuth()
@UseFilters(ValidationFailedFilter)
@Controller('v1/sponsors')
export class SponsorsController {
  constructor(
    private readonly createSponsor: CreateSponsorHandler,
    private readonly readSponsors: ReadSponsorsHandler,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register a sponsor with its PKS, programmes and declared-income basis (admin)' })
  @ApiCreatedResponse({ type: SponsorResponse })
  @ApiConflictResponse({ description: 'SPONSOR_TENANT_TAKEN: the regency already has a sponsor' })
  async create(@Body() request: CreateSponsorRequest): Promise<SponsorResponse> {
    const { agreement, ...rest } = request;
    return sponsorResponse(await this.createSponsor.execute({ sponsor: { ...rest, agreement: { ...agreement } } }));
  }

  @Get()
  @ApiOkResponse({ type: [SponsorResponse] })
  async list(): Promise<SponsorResponse[]> {
    return (await this.readSponsors.list()).map(sponsorResponse);
  }

  @Get(':id')
  @ApiOkResponse({ type: SponsorResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SponsorResponse> {
    return sponsorResponse(await this.readSponsors.byId(id));
  }
}
