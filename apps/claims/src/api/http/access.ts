import { type AccessMatrix, PUBLIC } from '@jaring/auth';

const CLAIMS_STAFF = ['claims-officer', 'claims-supervisor'] as const;

/** Who may call each claims route; the guard enforces it and docs/authorization.md shows it. */
export const CLAIMS_ACCESS: AccessMatrix = {
  /** The bank signs each notification (HMAC of the body); no bearer token. */
  'POST /v1/bank/notifications': PUBLIC,
  'POST /v1/benefits/quote': CLAIMS_STAFF,
  'POST /v1/claims/accidents': CLAIMS_STAFF,
  'POST /v1/claims/deaths': CLAIMS_STAFF,
  'GET /v1/claims': CLAIMS_STAFF,
  'GET /v1/claims/overdue': CLAIMS_STAFF,
  'GET /v1/claims/dashboard': ['claims-supervisor'],
  'GET /v1/claims/:id': CLAIMS_STAFF,
  'GET /v1/claims/:id/audit': CLAIMS_STAFF,
  'GET /v1/claims/:id/payouts': CLAIMS_STAFF,
  'GET /v1/claims/:id/documents': CLAIMS_STAFF,
  'POST /v1/claims/:id/verification': CLAIMS_STAFF,
  'POST /v1/claims/:id/rejection': CLAIMS_STAFF,
  'POST /v1/claims/:id/reopening': CLAIMS_STAFF,
  'POST /v1/claims/:id/reclassification': CLAIMS_STAFF,
  'POST /v1/claims/:id/assessment': CLAIMS_STAFF,
  'POST /v1/claims/:id/approval': CLAIMS_STAFF,
  /** Letting a JKK claim past the 5-year expiry be paid is a supervisor's decision (RULES.md §2). */
  'POST /v1/claims/:id/expiry-override': ['claims-supervisor'],
  'POST /v1/claims/:id/stage-two': CLAIMS_STAFF,
  'POST /v1/claims/:id/documents': CLAIMS_STAFF,
  'POST /v1/claims/:id/documents/complete': CLAIMS_STAFF,
  'POST /v1/claims/:id/documents/:code/scans': CLAIMS_STAFF,
  'GET /v1/claims/:id/documents/scans/:scanId': CLAIMS_STAFF,
  /** A supervisor assigns any claim to anyone; an officer may only take an unassigned one (the use case checks). */
  'POST /v1/claims/:id/assignment': CLAIMS_STAFF,
  'GET /v1/claims/:id/heirs': CLAIMS_STAFF,
  'POST /v1/claims/:id/heirs': CLAIMS_STAFF,
  'PUT /v1/claims/:id/payout-account': CLAIMS_STAFF,
  /** Also served as the older `payout-account/name-confirmation`. */
  'POST /v1/claims/:id/payout-account/confirmation': CLAIMS_STAFF,
  'POST /v1/claims/:id/scholarships': CLAIMS_STAFF,
  'POST /v1/claims/:id/scholarships/:scholarshipYearId/approval': CLAIMS_STAFF,
  'GET /v1/claims/:id/scholarships': CLAIMS_STAFF,
};
