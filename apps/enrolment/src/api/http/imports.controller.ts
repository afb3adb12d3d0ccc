import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '@jaring/auth';
import { csvRecord } from '@jaring/kernel';
import { BoundedFileInterceptor, ExpensiveRoute, InvalidRequestException } from '@jaring/platform';
import { ReadImportJobHandler } from '../../application/read-import-job/read-import-job.handler';
import { StartWorkerImportHandler } from '../../application/start-worker-import/start-worker-import.handler';
import type { ImportRowError } from '../../domain';
import {
  importJobResponse,
  ImportJobPageResponse,
  ImportJobResponse,
  ImportListQuery,
  StartImportRequest,
  TemplateQuery,
} from './import.dto';
import { ValidationFailedFilter } from './validation-failed.filter';

/** What the multipart parser (multer, memory storage) hands over of the uploaded file. */
interface UploadedContent {
  readonly buffer: Buffer;
  readonly size: number;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bulk import of the Pemkab's lists: upload, progress, error report, template. */
@ApiTags('imports')
@ApiBearerAuth()
@UseFilters(ValidationFailedFilter)
@Controller('v1/imports')
export class ImportsController {
  constructor(
    private readonly startImport: StartWorkerImportHandler,
    private readonly readImports: ReadImportJobHandler,
  ) {}

  @Post()
  @ExpensiveRoute()
  @HttpCode(202)
  @UseInterceptors(BoundedFileInterceptor('file'))
  @ApiOperation({
    summary:
      'Upload a CSV or XLSX list (up to 100,000 rows): 202 with the job; 200 with the earlier job for a file already uploaded',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'tenant'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'CSV (UTF-8, comma or semicolon) or XLSX; see GET /v1/imports/template',
        },
        tenant: { type: 'string', example: '76.04' },
        defaultEnrolmentDate: { type: 'string', example: '2025-10-06' },
        backdatingReason: {
          type: 'string',
          description:
            'Enrolment supervisors only: why rows dated before the enrolment window are accepted (recorded in the audit log); without it such rows are rejected with ENROLMENT_DATE_BACKDATED',
        },
      },
    },
  })
  @ApiAcceptedResponse({ type: ImportJobResponse })
  async start(
    @UploadedFile() file: UploadedContent | undefined,
    @Body() request: StartImportRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportJobResponse> {
    if (!file) {
      throw new InvalidRequestException([
        { field: 'file', code: 'REQUIRED', message: 'attach the CSV or XLSX file as the multipart field "file"' },
      ]);
    }
    const { job, created } = await this.startImport.execute({
      tenant: request.tenant,
      content: file.buffer,
      ...(request.defaultEnrolmentDate === undefined ? {} : { defaultEnrolmentDate: request.defaultEnrolmentDate }),
      ...(request.backdatingReason === undefined ? {} : { backdatingReason: request.backdatingReason }),
      actor: actor.subject,
      actorRoles: actor.roles,
    });
    response.location(`/v1/imports/${job.id}`);
    if (!created) response.status(200);
    return { ...importJobResponse(job), duplicateUpload: !created };
  }

  @Get()
  @ApiOperation({
    summary: 'The import jobs, newest first, with their progress and outcome (filter by status, tenant)',
  })
  @ApiOkResponse({ type: ImportJobPageResponse })
  async list(@Query() query: ImportListQuery): Promise<ImportJobPageResponse> {
    const { items, total } = await this.readImports.list(query);
    return { total, items: items.map(importJobResponse) };
  }

  @Get('template')
  @ApiOperation({
    summary: 'The documented import template (CSV or XLSX); columns are explained in the service README',
  })
  @ApiProduces('text/csv', XLSX_TYPE)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'The template file' })
  async template(@Query() query: TemplateQuery): Promise<StreamableFile> {
    const content = await this.readImports.template(query.format);
    return new StreamableFile(content, {
      type: query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
      disposition: `attachment; filename="worker-import-template.${query.format}"`,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Progress while running (processed of total, accepted, rejected), then the outcome' })
  @ApiOkResponse({ type: ImportJobResponse })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ImportJobResponse> {
    return importJobResponse(await this.readImports.job(id));
  }

  @Get(':id/errors.csv')
  @ApiOperation({ summary: 'The error report: row, field, code, message for every problem (no full NIK)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'row,field,code,message with a header row' })
  async errors(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    const pages = await this.readImports.errors(id);
    return new StreamableFile(Readable.from(errorReportLines(pages)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="import-${id}-errors.csv"`,
    });
  }
}

async function* errorReportLines(pages: AsyncIterable<ImportRowError[]>): AsyncGenerator<string> {
  yield 'row,field,code,message\n';
  for await (const page of pages) {
    yield page.map((error) => csvRecord([error.row, error.field, error.code, error.message])).join('\n') + '\n';
  }
}
