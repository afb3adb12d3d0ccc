import { DomainError } from '@jaring/kernel';
import type { OutcomeType, Programme } from '../benefits/benefit.types';
import type { Relationship } from '../heirs/heir.types';
import type { AccidentCircumstances } from './claim.types';
import {
  DOCUMENT_REQUIREMENTS,
  type DocumentCode,
  type DocumentRequirement,
  type PayeeKind,
  type Reimbursement,
} from './document-checklist.data';

/** The facts of a claim that decide which documents it needs. */
export interface DocumentContext {
  programme: Programme;
  /** JKM claims are deaths; a JKK claim before stage II has no outcome yet. */
  outcomeType?: OutcomeType;
  circumstances?: AccidentCircumstances;
  reimbursements?: readonly Reimbursement[];
  payeeKind?: PayeeKind;
  heirRelationship?: Relationship | 'will-beneficiary';
}

/** A row of the checklist; the heir's papers of a death are listed before the heirs are known, marked. */
export type ChecklistRequirement = DocumentRequirement & {
  /** Needed once the heirs are recorded, if the payee turns out to be as the description says. */
  neededOnceHeirsKnown?: true;
};

export function requiredDocuments(
  context: DocumentContext,
  requirements: readonly DocumentRequirement[] = DOCUMENT_REQUIREMENTS,
): ChecklistRequirement[] {
  const known = requirements.filter((requirement) => applies(requirement, context));
  if (!awaitsHeirs(context)) return known;
  // The family can start gathering the heir's papers while the heirs are being determined.
  const onceHeirsKnown = requirements
    .filter(
      (requirement) => dependsOnPayee(requirement) && applies(requirement, { ...context, ...anyPayee(requirement) }),
    )
    .map((requirement) => ({ ...requirement, neededOnceHeirsKnown: true as const }));
  return [...known, ...onceHeirsKnown];
}

/** The requirements that none of the provided documents satisfies. */
export function missingDocuments(
  context: DocumentContext,
  provided: readonly DocumentCode[],
  requirements: readonly DocumentRequirement[] = DOCUMENT_REQUIREMENTS,
): DocumentRequirement[] {
  const have = new Set(provided);
  return requiredDocuments(context, requirements).filter(
    (requirement) => !requirement.neededOnceHeirsKnown && !requirement.accepts.some((code) => have.has(code)),
  );
}

/** DOCUMENTS_MISSING names each missing row with the codes that satisfy it, so the officer records them. */
export function assertDocumentsComplete(context: DocumentContext, provided: readonly DocumentCode[]): void {
  const missing = missingDocuments(context, provided);
  if (missing.length > 0) {
    const named = missing.map((requirement) => `${requirement.description} (${requirement.accepts.join(' or ')})`);
    throw new DomainError(
      'DOCUMENTS_MISSING',
      `Documents missing: ${named.join('; ')}. Record them (POST documents), then complete again`,
      'providedDocuments',
      { missing: missing.map((requirement) => requirement.accepts.join('|')).join(',') },
    );
  }
}

/** A death whose payee is not chosen yet. */
function awaitsHeirs(context: DocumentContext): boolean {
  const death = context.programme === 'JKM' || context.outcomeType === 'death';
  return death && context.payeeKind === undefined;
}

function dependsOnPayee(requirement: DocumentRequirement): boolean {
  const { payeeKinds, heirRelationships, heirStatementBacked } = requirement.when;
  return payeeKinds !== undefined || heirRelationships !== undefined || heirStatementBacked !== undefined;
}

/** A payee for whom the row would apply: the first kind and relationship it names, an heir otherwise. */
function anyPayee(requirement: DocumentRequirement): Pick<DocumentContext, 'payeeKind' | 'heirRelationship'> {
  const { payeeKinds, heirRelationships } = requirement.when;
  const heirRelationship = heirRelationships?.[0] ?? 'spouse';
  return { payeeKind: payeeKinds?.[0] ?? 'heir', heirRelationship };
}

function applies(requirement: DocumentRequirement, context: DocumentContext): boolean {
  const when = requirement.when;
  const outcome = context.programme === 'JKM' ? 'death' : context.outcomeType;
  return (
    includesIfRequired(when.programmes, context.programme) &&
    includesIfRequired(when.outcomes, outcome) &&
    includesIfRequired(when.categories, context.circumstances?.category) &&
    (when.trafficAccident === undefined || context.circumstances?.trafficAccident === true) &&
    (when.reimbursements === undefined || when.reimbursements.some((item) => context.reimbursements?.includes(item))) &&
    includesIfRequired(when.payeeKinds, context.payeeKind) &&
    includesIfRequired(when.heirRelationships, context.heirRelationship) &&
    (when.heirStatementBacked === undefined ||
      (context.heirRelationship !== undefined && context.heirRelationship !== 'will-beneficiary'))
  );
}

function includesIfRequired<T>(allowed: readonly T[] | undefined, value: T | undefined): boolean {
  return allowed === undefined || (value !== undefined && allowed.includes(value));
}
