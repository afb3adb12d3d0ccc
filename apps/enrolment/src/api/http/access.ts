import { type AccessMatrix, type Actor, type Role } from '@jaring/auth';

/** An enrolment supervisor does an officer's work too (and alone approves backdated enrolments). */
const ENROLMENT = ['enrolment-officer', 'enrolment-supervisor'] as const;
/** Claims staff look workers up (masked: they work from claims' own records). */
const WORKER_READERS = [...ENROLMENT, 'claims-officer', 'claims-supervisor'] as const;

/** Who may call each enrolment route; the guard enforces it and docs/authorization.md shows it. */
export const ENROLMENT_ACCESS: AccessMatrix = {
  'POST /v1/sponsors': ['admin'],
  'GET /v1/sponsors': ['admin', 'enrolment-officer', 'finance'],
  'GET /v1/sponsors/:id': ['admin', 'enrolment-officer', 'finance'],
  'POST /v1/workers': ENROLMENT,
  'POST /v1/backdated-enrolments': ENROLMENT,
  'GET /v1/backdated-enrolments': ENROLMENT,
  'GET /v1/backdated-enrolments/:id': ENROLMENT,
  /** Maker-checker: a supervisor other than the officer who asked. */
  'POST /v1/backdated-enrolments/:id/approval': ['enrolment-supervisor'],
  'POST /v1/backdated-enrolments/:id/refusal': ['enrolment-supervisor'],
  'GET /v1/workers': WORKER_READERS,
  'GET /v1/workers/:id': WORKER_READERS,
  /** Who changed what and when, payout accounts included: for supervisors. */
  'GET /v1/workers/:id/audit': ['enrolment-supervisor', 'claims-supervisor', 'admin'],
  'PATCH /v1/workers/:id': ENROLMENT,
  'POST /v1/workers/:id/confirm-not-duplicate': ENROLMENT,
  'POST /v1/workers/:id/activate': ENROLMENT,
  'POST /v1/workers/:id/suspend': ENROLMENT,
  'POST /v1/workers/:id/reactivate': ENROLMENT,
  'POST /v1/workers/:id/terminate': ENROLMENT,
  'POST /v1/workers/:id/family': ENROLMENT,
  'PATCH /v1/workers/:id/family/:memberId': ENROLMENT,
  'DELETE /v1/workers/:id/family/:memberId': ENROLMENT,
  'POST /v1/imports': ENROLMENT,
  'GET /v1/imports': ENROLMENT,
  'GET /v1/imports/template': ENROLMENT,
  'GET /v1/imports/:id': ENROLMENT,
  'GET /v1/imports/:id/errors.csv': ENROLMENT,
};

/** Roles whose work needs full NIKs, family card and account numbers; other readers get them masked. */
export const PERSONAL_DATA_READERS: readonly Role[] = ENROLMENT;

export function readsPersonalData(actor: Actor): boolean {
  return actor.roles.some((role) => PERSONAL_DATA_READERS.includes(role));
}
