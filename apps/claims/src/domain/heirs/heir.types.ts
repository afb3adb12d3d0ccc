import type { LocalDate } from '../shared/local-date.util';

/**
 * A family member's relationship to the deceased worker, as recorded on the family card (KK) and
 * the heir statement. 'sibling' means a full sibling (saudara kandung); half-siblings, former
 * spouses and other relatives are recorded but are not heirs under PP 44/2015 art. 37(5).
 */
export type Relationship =
  | 'spouse'
  | 'child'
  | 'parent'
  | 'grandparent'
  | 'grandchild'
  | 'sibling'
  | 'half-sibling'
  | 'parent-in-law'
  | 'former-spouse'
  | 'other';

export const RELATIONSHIPS: readonly Relationship[] = [
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'half-sibling',
  'parent-in-law',
  'former-spouse',
  'other',
];

/** 1 spouse/child · 2 parents, grandparents, grandchildren · 3 siblings · 4 parents-in-law · 5 will · 6 none. */
export type HeirClass = 1 | 2 | 3 | 4 | 5 | 6;

export interface Person {
  id: string;
  name: string;
}

export interface FamilyMember extends Person {
  relationship: Relationship;
  /** A relative who died before the worker is not an heir. */
  alive: boolean;
}

/** The documents that establish who inherits. */
export interface HeirDocuments {
  /** Family-member ids named in the heir statement (surat keterangan ahli waris). */
  heirStatementMemberIds?: readonly string[];
  /** The person named in a will: class 5, used only when no relative of classes 1–4 lives. */
  willBeneficiary?: Person;
  /** Whoever arranged the funeral: receives the funeral costs when there is no heir (class 6). */
  funeralArranger?: Person;
}

export interface HeirCandidate extends Person {
  relationship: Relationship | 'will-beneficiary';
  heirClass: Exclude<HeirClass, 6>;
}

export interface HeirDetermination {
  /** The highest class present (the smallest number); 6 when nobody inherits. */
  heirClass: HeirClass;
  /** Everyone in that class: one of them is paid, the others consent. Empty for class 6. */
  candidates: HeirCandidate[];
  /** Living relatives of lower classes: recorded, never payable while a higher class exists. */
  lowerClassRelatives: HeirCandidate[];
  /** Candidates of classes 1–4 the heir statement does not name: the family data needs a look. */
  candidatesMissingFromHeirStatement: HeirCandidate[];
  funeralArranger?: Person;
}

/** A co-heir's recorded agreement that another heir of the same class receives the benefit. */
export interface HeirConsent {
  memberId: string;
  consentedOn: LocalDate;
}

export type PayeeChoice =
  | {
      kind: 'heir';
      heirClass: Exclude<HeirClass, 6>;
      payee: HeirCandidate;
      coHeirs: Array<{ heir: HeirCandidate; consentedOn: LocalDate }>;
    }
  | { kind: 'funeral-arranger'; heirClass: 6; payee: Person };
