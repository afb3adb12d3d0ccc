import { WorkerRepository, type Page, type WorkerSearchCriteria, type WorkerSummary } from '../ports/worker.repository';

export const MAX_PAGE_SIZE = 200;

/** Finds workers by NIK, name prefix, desa, status (and tenant, review flag), a page at a time. */
export class SearchWorkersHandler {
  constructor(private readonly workers: WorkerRepository) {}

  execute(criteria: WorkerSearchCriteria): Promise<Page<WorkerSummary>> {
    return this.workers.search({ ...criteria, pageSize: Math.min(criteria.pageSize, MAX_PAGE_SIZE) });
  }
}
