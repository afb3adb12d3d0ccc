import { NotFoundError } from '@jaring/kernel';
import type { ImportRowError } from '../../domain';
import { ImportJobRepository, type ImportJob, type ImportJobFilter } from '../ports/import-job.repository';
import { ImportTemplates } from '../ports/import-templates';

/** The progress and outcome of an import, its error report, and the template officers start from. */
export class ReadImportJobHandler {
  constructor(
    private readonly jobs: ImportJobRepository,
    private readonly templates: ImportTemplates,
  ) {}

  async job(id: string): Promise<ImportJob> {
    const job = await this.jobs.findById(id);
    if (!job) throw new NotFoundError('IMPORT_NOT_FOUND', `no import ${id}`, 'id');
    return job;
  }

  /** The import jobs, newest first: what was uploaded, by whom, and how each went. */
  list(filter: ImportJobFilter): Promise<{ items: ImportJob[]; total: number }> {
    return this.jobs.list(filter);
  }

  /** Every problem of every rejected row, in row order. */
  async errors(id: string): Promise<AsyncIterable<ImportRowError[]>> {
    await this.job(id);
    return this.jobs.errors(id);
  }

  template(format: 'csv' | 'xlsx'): Promise<Buffer> {
    return format === 'csv' ? Promise.resolve(this.templates.csv()) : this.templates.xlsx();
  }
}
