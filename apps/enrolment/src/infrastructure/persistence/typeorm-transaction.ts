import type { EntityManager } from 'typeorm';
import type { Transaction } from '../../application/ports/transaction';

/** A Transaction backed by a TypeORM EntityManager (e.g. the one a Kafka consumer hands its handler). */
export class TypeormTransaction implements Transaction {
  readonly kind = 'transaction';

  constructor(readonly manager: EntityManager) {}
}

export function managerOf(transaction: Transaction | undefined): EntityManager | undefined {
  if (transaction === undefined) return undefined;
  if (!(transaction instanceof TypeormTransaction)) throw new Error('a transaction from another persistence adapter');
  return transaction.manager;
}
