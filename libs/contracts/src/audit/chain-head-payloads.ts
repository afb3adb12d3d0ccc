import { IsIn, IsInt, IsISO8601, Matches, Min } from 'class-validator';

/** The services that keep an audit log. Wire values: never rename. */
export const AUDITED_SERVICES = ['enrolment', 'billing', 'claims'] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

/**
 * The head of one service's hash-chained audit log at a moment: how many rows it held and the
 * last row's hash. Kept outside the service's database (the topic, and whoever archives it), a
 * later rewrite of the whole database — chain recomputed included — no longer matches a head
 * published before. Carries no personal data.
 */
export class AuditChainHeadPublishedV1 {
  @IsIn(AUDITED_SERVICES)
  service: AuditedService;

  /** The sequence number of the last row (0: empty log). */
  @IsInt()
  @Min(0)
  seq: number;

  /** SHA-256 hex of the last row (libs/audit: auditHash); 64 zeros for an empty log. */
  @Matches(/^[0-9a-f]{64}$/)
  hash: string;

  @IsISO8601({ strict: true })
  publishedAt: string;
}
