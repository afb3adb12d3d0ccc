// What the console reads of the claims API: views of the response types generated from
// apps/claims/openapi.json (apps/console/src/api/generated/claims.ts), never written by hand.
import type { ClaimsSchema } from '../api';

export type ClaimFlags = ClaimsSchema<'ClaimFlagsResponse'>;

/** A claim in a list or the overdue worklist, as the work queue needs it. */
export type Claim = Pick<
  ClaimsSchema<'ClaimListItemResponse'>,
  | 'id'
  | 'tenant'
  | 'programme'
  | 'status'
  | 'worker'
  | 'incidentDate'
  | 'reportedAt'
  | 'resolution'
  | 'flags'
  | 'daysOverdue'
>;
