import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { AuditChainHeadPublishedV1 } from './chain-head-payloads';

export const AuditChainHeadPublished = defineEvent({
  type: 'AuditChainHeadPublished',
  version: 1,
  topic: TOPICS.auditChainHead,
  payload: AuditChainHeadPublishedV1,
  summary:
    "The head (row count and last hash) of a service's hash-chained audit log, published periodically so a rewrite of a whole database is detectable from outside it. Envelope tenant 00.00: the log spans every regency.",
  fixture: 'audit-chain-head-published.v1.json',
});
