import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '@jaring/auth';
import { RegisterWorkerHandler } from '../../application/register-worker/register-worker.handler';
import { WorkerStore } from '../../application/ports/worker-store';
import { RegisterWorkerRequest } from './register-worker.request';

@ApiTags('workers')
@ApiBearerAuth()
@Controller('v1/workers')
export class WorkersController {
  constructor(
    private readonly registerWorker: RegisterWorkerHandler,
    private readonly store: WorkerStore,
  ) {}

  @Post()
  @Roles('enrolment-officer')
  async register(@Body() request: RegisterWorkerRequest, @Req() http: Request & { id?: string }) {
    const correlationId = String(http.id);
    const worker = await this.registerWorker.execute({
      ...request,
      origin: { correlationId, causationId: correlationId },
    });
    return { id: worker.id, status: worker.status, coverageStartDate: worker.coverageStartDate };
  }

  @Get(':id')
  @Roles('enrolment-officer', 'claims-officer')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const worker = await this.store.findWorker(id);
    if (!worker) throw new NotFoundException('No such worker');
    return worker;
  }
}
