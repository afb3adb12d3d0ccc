import { DomainError } from '@jaring/kernel';
import type { Worker } from '../../domain';

/** An event about a worker must come from the worker's own tenant; anything else is a wiring error. */
export function assertSameTenant(worker: Worker, tenant: string): void {
  if (worker.tenant !== tenant) {
    throw new DomainError(
      'TENANT_MISMATCH',
      `the worker belongs to ${worker.tenant}, the event to ${tenant}`,
      'tenant',
    );
  }
}
