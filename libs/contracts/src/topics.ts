/**
 * The topic catalogue: every Kafka topic Jaring publishes to. Topic names are wire contracts
 * (`jaring.<service>.<aggregate>.v<N>`); never rename one in place — publish a new version beside it.
 * Partition counts and retention here feed topic provisioning (local and Kubernetes).
 */
export interface TopicSpec {
  name: string;
  description: string;
  /** The envelope's aggregateId, used as the message key: per-key order is guaranteed. */
  keyedBy: string;
  partitions: { dev: number; production: number };
  retentionDays: number;
}

export const TOPICS = {
  enrolmentWorker: {
    name: 'jaring.enrolment.worker.v1',
    description: 'Worker registrations, changes, status transitions and family (heirs) changes.',
    keyedBy: 'workerId',
    partitions: { dev: 3, production: 12 },
    retentionDays: 30,
  },
  billingInvoice: {
    name: 'jaring.billing.invoice.v1',
    description: 'Invoices to the sponsor (Pemkab), payments and settlement, for the finance system.',
    keyedBy: 'invoiceId or paymentId',
    partitions: { dev: 3, production: 6 },
    retentionDays: 90,
  },
  billingCoverage: {
    name: 'jaring.billing.coverage.v1',
    description: 'Coverage months granted or withdrawn, in batches of workers; arrears warnings and lapses.',
    keyedBy: 'invoiceId (coverage batches), sponsorId (arrears warnings) or workerId (lapses)',
    partitions: { dev: 3, production: 12 },
    retentionDays: 30,
  },
  claimsClaim: {
    name: 'jaring.claims.claim.v1',
    description:
      'Claim lifecycle: reported, verified, approved, payout requested and paid; confirmed deaths and their retraction.',
    keyedBy: 'claimId',
    partitions: { dev: 3, production: 6 },
    retentionDays: 90,
  },
  auditChainHead: {
    name: 'jaring.audit.chain-head.v1',
    description:
      "Each service's audit-log chain head (row count, last hash), published periodically: a database rewritten whole no longer matches what was published. The auditor's archive keeps it beyond the retention.",
    keyedBy: 'service',
    partitions: { dev: 1, production: 1 },
    retentionDays: 90,
  },
} as const satisfies Record<string, TopicSpec>;

export const ALL_TOPICS: TopicSpec[] = Object.values(TOPICS);

export const DEAD_LETTER_SUFFIX = '.dlt';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}${DEAD_LETTER_SUFFIX}`;
}
