import type { ActionSpec } from '../forms/ActionForm';
import type { FieldSpec } from '../forms/form-body';
import type { Claim } from './claim.types';

/** Statuses in which a claim can still change before approval (apps/claims domain PRE_APPROVAL_STATUSES). */
export const BEFORE_APPROVAL = [
  'reported',
  'stage-ii-recorded',
  'death-reported',
  'heirs-determined',
  'documents-complete',
  'verified',
  'assessed',
];

const reason: FieldSpec = { name: 'reason', label: 'fields.reason', kind: 'textarea', required: true };

const option = (value: string) => ({ value, label: value });

export const ACCIDENT_CATEGORIES = [
  'at-work',
  'commuting',
  'duty-travel',
  'occupational-disease',
  'sudden-death-at-work',
  'violence-at-work',
];

export interface ClaimAction extends ActionSpec {
  id: string;
  statuses: readonly string[];
  programmes?: readonly Claim['programme'][];
}

/** Every action the claims API offers on one claim, with the statuses it fits (the API has the last word). */
export function claimActions(claimId: string): ClaimAction[] {
  const path = (step: string) => `/v1/claims/${claimId}/${step}`;
  const claims = 'claims' as const;
  return [
    {
      id: 'stage-two',
      title: 'actions.stageTwo',
      service: claims,
      path: path('stage-two'),
      statuses: ['reported', 'stage-ii-recorded'],
      programmes: ['JKK'],
      fields: [
        {
          name: 'outcome.type',
          label: 'fields.outcome',
          kind: 'select',
          required: true,
          options: ['recovered', 'temporary-disability', 'partial-disability', 'total-disability', 'death'].map(option),
          codes: 'outcomeType',
        },
        { name: 'declaredOn', label: 'fields.declaredOn', kind: 'date', required: true },
        { name: 'dateOfDeath', label: 'fields.dateOfDeath', kind: 'date' },
        { name: 'doctorName', label: 'fields.doctorName' },
        { name: 'healthFacility', label: 'fields.healthFacility' },
      ],
    },
    {
      id: 'heirs',
      title: 'actions.heirs',
      service: claims,
      path: path('heirs'),
      statuses: ['death-reported', 'heirs-determined', 'stage-ii-recorded', 'documents-complete'],
      fields: [
        { name: 'heirStatementMemberIds', label: 'fields.heirStatementMemberIds', kind: 'list', required: true },
        { name: 'payeeId', label: 'fields.payeeId', required: true },
      ],
    },
    {
      id: 'complete',
      title: 'actions.complete',
      service: claims,
      path: path('documents/complete'),
      statuses: ['stage-ii-recorded', 'heirs-determined', 'documents-complete'],
    },
    {
      id: 'verify',
      title: 'actions.verify',
      service: claims,
      path: path('verification'),
      statuses: ['documents-complete'],
    },
    {
      id: 'assess',
      title: 'actions.assess',
      service: claims,
      path: path('assessment'),
      statuses: ['verified', 'assessed'],
    },
    {
      id: 'payout-account',
      title: 'actions.payoutAccount',
      service: claims,
      method: 'PUT',
      path: path('payout-account'),
      statuses: [...BEFORE_APPROVAL, 'approved', 'payout-requested'],
      fields: [
        { name: 'bankCode', label: 'fields.bankCode', required: true },
        { name: 'accountNumber', label: 'fields.accountNumber', required: true },
        { name: 'holderName', label: 'fields.holderName', required: true },
      ],
    },
    { id: 'approve', title: 'actions.approve', service: claims, path: path('approval'), statuses: ['assessed'] },
    {
      id: 'confirm-account',
      title: 'actions.confirmAccount',
      service: claims,
      path: path('payout-account/confirmation'),
      statuses: ['assessed', 'approved', 'payout-requested'],
      fields: [reason],
    },
    {
      id: 'reclassify',
      title: 'actions.reclassify',
      service: claims,
      path: path('reclassification'),
      statuses: BEFORE_APPROVAL,
      fields: [
        { name: 'to', label: 'fields.programme', kind: 'select', required: true, options: ['JKK', 'JKM'].map(option) },
        {
          name: 'circumstances.category',
          label: 'fields.category',
          kind: 'select',
          options: ACCIDENT_CATEGORIES.map(option),
          codes: 'accidentCategory',
        },
        { name: 'accidentDate', label: 'fields.accidentDate', kind: 'date' },
        reason,
      ],
    },
    {
      id: 'reject',
      title: 'actions.reject',
      service: claims,
      path: path('rejection'),
      statuses: BEFORE_APPROVAL,
      fields: [reason],
    },
  ];
}

/** The actions that fit the claim as it stands, next step first. */
export function actionsFor(claim: Pick<Claim, 'id' | 'status' | 'programme'>): ClaimAction[] {
  return claimActions(claim.id).filter(
    (action) =>
      action.statuses.includes(claim.status) && (!action.programmes || action.programmes.includes(claim.programme)),
  );
}
