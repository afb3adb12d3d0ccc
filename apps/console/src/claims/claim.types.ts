// What the console reads of the claims API: views of the response types generated from
// apps/claims/openapi.json (apps/console/src/api/generated/claims.ts), never written by hand.
import type { ClaimsSchema } from '../api';

export type Programme = ClaimsSchema<'ClaimResponse'>['programme'];
export type ClaimFlags = ClaimsSchema<'ClaimFlagsResponse'>;
export type BenefitLine = ClaimsSchema<'BenefitLineResponse'>;
export type DocumentScan = ClaimsSchema<'DocumentScanResponse'>;
export type HeirCandidate = ClaimsSchema<'HeirCandidateResponse'>;
export type HeirPreview = ClaimsSchema<'HeirDeterminationResponse'>;
export type ClaimsDashboard = ClaimsSchema<'ClaimsDashboardResponse'>;
export type ChecklistItem = ClaimsSchema<'ChecklistItemResponse'>;
export type ClaimView = ClaimsSchema<'ClaimViewResponse'>;
export type ClaimList = ClaimsSchema<'ClaimPageResponse'>;

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
  | 'assignedTo'
>;
