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

export function requiredDocuments(
  context: DocumentContext,
  requirements: readonly DocumentRequirement[] = DOCUMENT_REQUIREMENTS,
): DocumentRequirement[] {
  return requirements.filter((requirement) => applies(requirement, context));
}

/** The requirements that none of the provided documents satisfies. */
export function missingDocuments(
  context: DocumentContext,
  provided: readonly DocumentCode[],
  requirements: readonly DocumentRequirement[] = DOCUMENT_REQUIREMENTS,
): DocumentRequirement[] {
  const have = new Set(provided);
  return requiredDocuments(context, requirements).filter(
    (requirement) => !requirement.accepts.some((code) => have.has(code)),
  );
}

export function assertDocumentsComplete(context: DocumentContext, provided: readonly DocumentCode[]): void {
  const missing = missingDocuments(context, provided);
  if (missing.length > 0) {
    throw new DomainError(
      'DOCUMENTS_MISSING',
      `Documents missing: ${missing.map((requirement) => requirement.description).join('; ')}`,
      'providedDocuments',
    );
  }
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
