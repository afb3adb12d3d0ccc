import { DomainError } from '@jaring/kernel';
import type { BenefitLine } from '../benefits/benefit.types';
import { FUNERAL_LINE_CODES } from '../benefits/benefit.codes';
import { heirClassOf, NO_HEIR_CLASS, WILL_HEIR_CLASS } from './heir-class.rules';
import type {
  FamilyMember,
  HeirCandidate,
  HeirConsent,
  HeirDetermination,
  HeirDocuments,
  PayeeChoice,
} from './heir.types';

/**
 * Who may receive a death benefit (PP 44/2015 art. 37(5)): the highest class with a living member
 * takes it all. The regulation has no rule for splitting a benefit inside a class, so exactly one
 * heir of that class is paid and the others' consent is recorded (see choosePayee).
 */
export function determineHeirs(
  familyMembers: readonly FamilyMember[],
  documents: HeirDocuments = {},
): HeirDetermination {
  const relatives = familyMembers.filter((member) => member.alive).flatMap(toCandidate);

  if (relatives.length > 0) {
    const highestRelativeClass = Math.min(...relatives.map((relative) => relative.heirClass));
    const candidates = relatives.filter((relative) => relative.heirClass === highestRelativeClass);
    const named = new Set(documents.heirStatementMemberIds ?? []);
    return {
      heirClass: highestRelativeClass as HeirCandidate['heirClass'],
      candidates,
      lowerClassRelatives: relatives.filter((relative) => relative.heirClass > highestRelativeClass),
      candidatesMissingFromHeirStatement: candidates.filter((candidate) => !named.has(candidate.id)),
      funeralArranger: documents.funeralArranger,
    };
  }
  if (documents.willBeneficiary) {
    const beneficiary: HeirCandidate = {
      ...documents.willBeneficiary,
      relationship: 'will-beneficiary',
      heirClass: WILL_HEIR_CLASS,
    };
    return {
      heirClass: WILL_HEIR_CLASS,
      candidates: [beneficiary],
      lowerClassRelatives: [],
      candidatesMissingFromHeirStatement: [],
      funeralArranger: documents.funeralArranger,
    };
  }
  return {
    heirClass: NO_HEIR_CLASS,
    candidates: [],
    lowerClassRelatives: [],
    candidatesMissingFromHeirStatement: [],
    funeralArranger: documents.funeralArranger,
  };
}

function toCandidate(member: FamilyMember): HeirCandidate[] {
  const heirClass = heirClassOf(member.relationship);
  return heirClass === undefined
    ? []
    : [{ id: member.id, name: member.name, relationship: member.relationship, heirClass }];
}

export interface PayeeRequest {
  /** The family member (or will beneficiary, or funeral arranger) to be paid. */
  payeeId: string;
  /** Consent of every other heir of the payee's class. */
  consents?: readonly HeirConsent[];
  /** Family-member ids named in the heir statement; the payee of classes 1–4 must be one of them. */
  heirStatementMemberIds?: readonly string[];
}

/**
 * Validates the single payee of a death benefit. Refuses a payee from a lower class while a higher
 * class exists, a payee of classes 1–4 not named in the heir statement, and a payee whose co-heirs
 * have not all consented. With no heir (class 6) only the funeral arranger can be chosen.
 */
export function choosePayee(determination: HeirDetermination, request: PayeeRequest): PayeeChoice {
  if (determination.heirClass === NO_HEIR_CLASS) return chooseFuneralArranger(determination, request.payeeId);

  const payee = determination.candidates.find((candidate) => candidate.id === request.payeeId);
  if (!payee) throw notAPayee(determination, request.payeeId);
  if (payee.heirClass !== WILL_HEIR_CLASS && !(request.heirStatementMemberIds ?? []).includes(payee.id)) {
    throw new DomainError(
      'PAYEE_NOT_IN_HEIR_STATEMENT',
      `${payee.name} is not named in the heir statement (surat keterangan ahli waris)`,
      'payeeId',
    );
  }
  const consentByMember = new Map((request.consents ?? []).map((consent) => [consent.memberId, consent.consentedOn]));
  const coHeirs = determination.candidates.filter((candidate) => candidate.id !== payee.id);
  const missing = coHeirs.filter((coHeir) => !consentByMember.has(coHeir.id));
  if (missing.length > 0) {
    throw new DomainError(
      'CO_HEIR_CONSENT_MISSING',
      `Paying ${payee.name} needs the recorded consent of every other class-${payee.heirClass} heir; missing: ${missing.map((heir) => heir.name).join(', ')}`,
      'consents',
    );
  }
  return {
    kind: 'heir',
    heirClass: payee.heirClass,
    payee,
    coHeirs: coHeirs.map((heir) => ({ heir, consentedOn: consentByMember.get(heir.id)! })),
  };
}

function notAPayee(determination: HeirDetermination, payeeId: string): DomainError {
  const lower = determination.lowerClassRelatives.find((relative) => relative.id === payeeId);
  if (lower) {
    return new DomainError(
      'PAYEE_FROM_LOWER_HEIR_CLASS',
      `${lower.name} (${lower.relationship}) is a class-${lower.heirClass} heir, but class-${determination.heirClass} heirs exist: ` +
        `${determination.candidates.map((candidate) => candidate.name).join(', ')} (PP 44/2015 art. 37(5))`,
      'payeeId',
    );
  }
  return new DomainError('PAYEE_NOT_AN_HEIR', `'${payeeId}' is not an heir of this worker`, 'payeeId');
}

function chooseFuneralArranger(determination: HeirDetermination, payeeId: string): PayeeChoice {
  const arranger = determination.funeralArranger;
  if (!arranger) {
    throw new DomainError(
      'FUNERAL_ARRANGER_REQUIRED',
      'There is no heir: record who arranged the funeral to pay the funeral costs',
      'funeralArranger',
    );
  }
  if (arranger.id !== payeeId) {
    throw new DomainError(
      'PAYEE_NOT_FUNERAL_ARRANGER',
      `There is no heir: only the funeral arranger (${arranger.name}) can be paid, and only the funeral costs`,
      'payeeId',
    );
  }
  return { kind: 'funeral-arranger', heirClass: NO_HEIR_CLASS, payee: arranger };
}

export interface NotPayableLine {
  line: BenefitLine;
  reason: string;
}

export interface DeathBenefitAllocation {
  payable: BenefitLine[];
  /** Recorded on the claim; the money stays in the social security fund. */
  notPayable: NotPayableLine[];
}

/**
 * Splits assessed death-benefit lines by payee. An heir receives every line; a funeral arranger
 * (no heir, class 6) receives only the funeral costs, and the rest is recorded as not payable.
 */
export function allocateDeathBenefit(lines: readonly BenefitLine[], choice: PayeeChoice): DeathBenefitAllocation {
  if (choice.kind === 'heir') return { payable: [...lines], notPayable: [] };
  // A partner facility's care is owed to the facility, not part of the death benefit: it is paid whoever inherits.
  const payable = (line: BenefitLine) => FUNERAL_LINE_CODES.has(line.code) || line.payee !== undefined;
  return {
    payable: lines.filter(payable),
    notPayable: lines
      .filter((line) => !payable(line))
      .map((line) => ({
        line,
        reason: 'No heir (PP 44/2015 art. 37(5)): only funeral costs are paid, to the funeral arranger',
      })),
  };
}
