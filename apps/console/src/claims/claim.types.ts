// What the console reads of the claims API (apps/claims/src/api/http/claims.responses.ts). Written
// by hand: the claims service publishes no response schemas yet, so no client can be generated.

export type Programme = 'JKK' | 'JKM';

export interface ClaimFlags {
  stageOneReportLate: boolean;
  claimExpired: boolean;
  workAccidentDecisionDueOn?: string;
  workAccidentDecisionOverdue: boolean;
  paymentDueOn?: string;
  paymentOverdue: boolean;
}

export interface BenefitLine {
  code: string;
  amount: number;
  rule: string;
}

export interface Claim {
  id: string;
  tenant: string;
  programme: Programme;
  status: string;
  worker: { id: string; name: string };
  incidentDate: string;
  reportedAt: string;
  resolution?: 'paid' | 'rejected';
  assessment?: { payable: BenefitLine[]; notPayable: (BenefitLine & { reason?: string })[]; payableTotal: number };
  flags?: ClaimFlags;
  daysOverdue?: number;
  assignedTo: string | null;
  details: { documentScans?: DocumentScan[] };
}

export interface DocumentScan {
  id: string;
  code: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface HeirCandidate {
  id: string;
  name: string;
  relationship: string;
  heirClass: number;
}

export interface HeirPreview {
  heirClass: number;
  candidates: HeirCandidate[];
  lowerClassRelatives: HeirCandidate[];
}

/** GET /v1/claims/dashboard (claims supervisors). */
export interface ClaimsDashboard {
  asOf: string;
  byState: Array<{ programme: Programme; status: string; count: number }>;
  deadlines: Array<{
    programme: Programme;
    openOnTime: number;
    openOverdue: number;
    paidOnTime: number;
    paidLate: number;
    paymentWorkingDays: number;
    rule: string;
  }>;
  payoutsPerMonth: Array<{ month: string; payouts: number; amount: number }>;
}

export interface ChecklistItem {
  id: string;
  description: string;
  accepts: string[];
  provided: boolean;
  satisfiedBy: string[];
}

export interface Payout {
  idempotencyKey: string;
  componentCode: string;
  amount: number;
  rule: string;
  payeeName: string;
  status: string;
  bankReference: string | null;
  completedAt: string | null;
}

export interface AuditRow {
  id: string;
  action: string;
  actorId: string;
  at: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
}

export interface ClaimView extends Claim {
  checklist: ChecklistItem[];
  payouts: Payout[];
  audit: AuditRow[];
}

export interface ClaimList {
  total: number;
  items: Claim[];
}
