import type { OutcomeType, Programme } from '../benefits/benefit.types';
import type { Relationship } from '../heirs/heir.types';
import type { AccidentCategory } from './claim.types';

export type DocumentCode =
  | 'MEMBERSHIP_CARD_OR_NIK'
  | 'KTP'
  | 'STAGE_I_FORM'
  | 'STAGE_II_FORM'
  | 'DOCTOR_STATEMENT'
  | 'CHRONOLOGY_TWO_WITNESSES'
  | 'POLICE_REPORT'
  | 'VISUM_ET_REPERTUM'
  | 'TRANSPORT_RECEIPTS'
  | 'CARE_RECEIPTS'
  | 'FACILITY_INVOICE'
  | 'GLASSES_RECEIPT'
  | 'KTP_DECEASED'
  | 'KTP_HEIR'
  | 'DEATH_CERTIFICATE'
  | 'FAMILY_CARD'
  | 'HEIR_STATEMENT'
  | 'MARRIAGE_BOOK'
  | 'WILL'
  | 'FUNERAL_ARRANGER_STATEMENT'
  | 'PAYEE_SAVINGS_BOOK';

/** Costs claimed on the claim, each with its receipts (or, for a partner facility's care, its invoice). */
export type Reimbursement = 'transport' | 'non-partner-care' | 'partner-facility-care' | 'glasses';

export type PayeeKind = 'worker' | 'heir' | 'funeral-arranger';

/**
 * A row applies when every condition it names holds (an absent condition always holds). Any one of
 * `accepts` satisfies it — e.g. violence needs a police report or a visum et repertum.
 */
export interface DocumentRequirement {
  id: string;
  accepts: readonly DocumentCode[];
  description: string;
  when: {
    programmes?: readonly Programme[];
    outcomes?: readonly OutcomeType[];
    categories?: readonly AccidentCategory[];
    trafficAccident?: true;
    reimbursements?: readonly Reimbursement[];
    payeeKinds?: readonly PayeeKind[];
    heirRelationships?: readonly (Relationship | 'will-beneficiary')[];
    /** The payee is an heir of class 1–4 (backed by an heir statement rather than a will). */
    heirStatementBacked?: true;
  };
  source: string;
}

const RULES_6 = 'RULES.md §6 (Permenaker 5/2021 as amended by Permenaker 1/2025)';

/** The documents a claim needs (RULES.md §6), as data: add a row, not an if. */
export const DOCUMENT_REQUIREMENTS: readonly DocumentRequirement[] = [
  // JKK, every claim.
  {
    id: 'jkk-membership',
    accepts: ['MEMBERSHIP_CARD_OR_NIK'],
    description: 'Membership number or NIK',
    when: { programmes: ['JKK'] },
    source: RULES_6,
  },
  { id: 'jkk-ktp', accepts: ['KTP'], description: "The worker's KTP", when: { programmes: ['JKK'] }, source: RULES_6 },
  {
    id: 'jkk-stage-i',
    accepts: ['STAGE_I_FORM'],
    description: 'Stage I report form',
    when: { programmes: ['JKK'] },
    source: RULES_6,
  },
  {
    id: 'jkk-stage-ii',
    accepts: ['STAGE_II_FORM'],
    description: 'Stage II claim form',
    when: { programmes: ['JKK'] },
    source: RULES_6,
  },
  {
    id: 'jkk-doctor',
    accepts: ['DOCTOR_STATEMENT'],
    description: "Doctor's statement: recovered, disability % or dead",
    when: { programmes: ['JKK'] },
    source: RULES_6,
  },
  {
    id: 'jkk-chronology',
    accepts: ['CHRONOLOGY_TWO_WITNESSES'],
    description: 'Chronology signed by two witnesses (there is no employer to confirm the accident)',
    when: { programmes: ['JKK'] },
    source: RULES_6,
  },
  // JKK, by circumstance.
  {
    id: 'jkk-traffic-police',
    accepts: ['POLICE_REPORT'],
    description: 'Police report of the traffic accident',
    when: { programmes: ['JKK'], trafficAccident: true },
    source: RULES_6,
  },
  {
    id: 'jkk-violence-police-or-visum',
    accepts: ['POLICE_REPORT', 'VISUM_ET_REPERTUM'],
    description: 'Police report or visum et repertum of the violence',
    when: { programmes: ['JKK'], categories: ['violence-at-work'] },
    source: 'RULES.md §2 and §6 (Permenaker 1/2025: violence and rape at work)',
  },
  // JKK reimbursements.
  {
    id: 'jkk-transport-receipts',
    accepts: ['TRANSPORT_RECEIPTS'],
    description: 'Transport receipts',
    when: { programmes: ['JKK'], reimbursements: ['transport'] },
    source: RULES_6,
  },
  {
    id: 'jkk-care-receipts',
    accepts: ['CARE_RECEIPTS'],
    description: 'Receipts of care outside partner facilities',
    when: { programmes: ['JKK'], reimbursements: ['non-partner-care'] },
    source: RULES_6,
  },
  {
    id: 'jkk-partner-facility-invoice',
    accepts: ['FACILITY_INVOICE'],
    description: "The partner facility's invoice for the worker's care (paid to the facility)",
    when: { programmes: ['JKK'], reimbursements: ['partner-facility-care'] },
    source: 'RULES.md §2 (medical care paid to the facility); the invoice is what the facility is paid on',
  },
  {
    id: 'jkk-glasses-receipt',
    accepts: ['GLASSES_RECEIPT'],
    description: 'Receipt for the glasses',
    when: { programmes: ['JKK'], reimbursements: ['glasses'] },
    source: 'Not in RULES.md: a reimbursement needs its receipt, as for transport and care',
  },
  // Deaths (JKM, and JKK death paid to an heir).
  {
    id: 'jkm-ktp-deceased',
    accepts: ['KTP_DECEASED'],
    description: 'KTP of the deceased',
    when: { programmes: ['JKM'] },
    source: RULES_6,
  },
  {
    id: 'death-certificate',
    accepts: ['DEATH_CERTIFICATE'],
    description: 'Death certificate',
    when: { outcomes: ['death'] },
    source: RULES_6,
  },
  {
    id: 'death-family-card',
    accepts: ['FAMILY_CARD'],
    description: 'Family card (KK)',
    when: { outcomes: ['death'], payeeKinds: ['heir'] },
    source: RULES_6,
  },
  {
    id: 'death-ktp-heir',
    accepts: ['KTP_HEIR'],
    description: "The heir's KTP",
    when: { outcomes: ['death'], payeeKinds: ['heir'] },
    source: RULES_6,
  },
  {
    id: 'death-heir-statement',
    accepts: ['HEIR_STATEMENT'],
    description: 'Heir statement (surat keterangan ahli waris)',
    when: { outcomes: ['death'], payeeKinds: ['heir'], heirStatementBacked: true },
    source: RULES_6,
  },
  {
    id: 'death-marriage-book',
    accepts: ['MARRIAGE_BOOK'],
    description: 'Marriage book (the heir is the spouse)',
    when: { outcomes: ['death'], heirRelationships: ['spouse'] },
    source: RULES_6,
  },
  {
    id: 'death-will',
    accepts: ['WILL'],
    description: 'The will naming the payee',
    when: { outcomes: ['death'], heirRelationships: ['will-beneficiary'] },
    source: 'PP 44/2015 art. 37(5) b.4',
  },
  {
    id: 'death-funeral-arranger',
    accepts: ['FUNERAL_ARRANGER_STATEMENT'],
    description: 'Statement of who arranged the funeral (no heir)',
    when: { outcomes: ['death'], payeeKinds: ['funeral-arranger'] },
    source: '[OPEN] PP 44/2015 art. 37(5) b.5 pays the arranger; the evidence is not specified in RULES.md',
  },
  // Every claim.
  {
    id: 'payee-savings-book',
    accepts: ['PAYEE_SAVINGS_BOOK'],
    description: "Savings account book in the payee's name",
    when: {},
    source: RULES_6,
  },
];
