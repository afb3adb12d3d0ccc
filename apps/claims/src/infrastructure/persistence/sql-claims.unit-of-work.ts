import type { DataSource, EntityManager } from 'typeorm';
import type { Outbox } from '@jaring/messaging';
import {
  ClaimsUnitOfWork,
  type ClaimsTransaction,
  type EventOutbox,
} from '../../application/ports/claims-unit-of-work';
import { SqlClaimStore } from './sql-claim.store';
import { SqlMemberReads } from './sql-member.reads';
import { SqlPayoutStore } from './sql-payout.store';
import { SqlScholarshipStore } from './sql-scholarship.store';

/** One PostgreSQL transaction per unit of work; events go to the outbox table in the same transaction. */
export class SqlClaimsUnitOfWork extends ClaimsUnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly utcOffsetMinutes: number,
  ) {
    super();
  }

  run<T>(work: (transaction: ClaimsTransaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(this.transactionOf(manager)));
  }

  private transactionOf(manager: EntityManager): ClaimsTransaction {
    const outbox: EventOutbox = {
      stage: async (events) => {
        if (events.length > 0) await this.outbox.stage(manager, [...events]);
      },
    };
    return {
      claims: new SqlClaimStore(manager),
      members: new SqlMemberReads(manager, this.utcOffsetMinutes),
      payouts: new SqlPayoutStore(manager),
      scholarships: new SqlScholarshipStore(manager),
      outbox,
    };
  }
}
