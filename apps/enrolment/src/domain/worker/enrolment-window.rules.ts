import { violation, type FieldViolation } from '../shared/field-violation.types';
import { formatLocalDate, isAfter, isBefore, parseLocalDate, type LocalDate } from '../shared/local-date.util';

/**
 * Which enrolment dates an officer may give without anyone else's say (issue 20 §2): a backdated
 * enrolment is how a person gets insured after the accident, so a date before the current month
 * (less a configured grace) needs an enrolment supervisor's recorded approval, and a date far ahead
 * is a typo. Both numbers are configuration (ENROLMENT_BACKDATING_GRACE_MONTHS,
 * ENROLMENT_MAX_DAYS_AHEAD).
 */
export interface EnrolmentWindowPolicy {
  /** Whole months before the current one an officer may still date an enrolment; 0 = the current month only. */
  readonly backdatingGraceMonths: number;
  /** Days after today an enrolment date may lie. */
  readonly maxDaysAhead: number;
}

export const DEFAULT_ENROLMENT_WINDOW_POLICY: EnrolmentWindowPolicy = { backdatingGraceMonths: 0, maxDaysAhead: 90 };

/** The dates an enrolment may carry on one day, and whether a supervisor approved dates before it. */
export interface EnrolmentWindow {
  /** The first day of the earliest month allowed without approval. */
  readonly earliest: LocalDate;
  readonly latest: LocalDate;
  /** An enrolment supervisor approved this enrolment (or import) as backdated, with a reason. */
  readonly backdatingApproved: boolean;
}

export const ENROLMENT_WINDOW_VIOLATION = {
  backdated: 'ENROLMENT_DATE_BACKDATED',
  tooFarAhead: 'ENROLMENT_DATE_TOO_FAR_AHEAD',
} as const;

/** The window on `today` (the business time zone's calendar day) under `policy`. */
export function enrolmentWindowOn(
  today: LocalDate,
  policy: EnrolmentWindowPolicy,
  backdatingApproved = false,
): EnrolmentWindow {
  const { year, month, day } = parseLocalDate(today)!;
  const monthIndex = year * 12 + (month - 1) - policy.backdatingGraceMonths;
  const earliest = formatLocalDate({ year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: 1 });
  const latest = new Date(Date.UTC(year, month - 1, day + policy.maxDaysAhead)).toISOString().slice(0, 10);
  return { earliest, latest, backdatingApproved };
}

/** The violation of a valid enrolment date outside the window, if any. */
export function enrolmentWindowViolations(enrolmentDate: LocalDate, window: EnrolmentWindow): FieldViolation[] {
  if (isAfter(enrolmentDate, window.latest)) {
    return [
      violation(
        'enrolmentDate',
        ENROLMENT_WINDOW_VIOLATION.tooFarAhead,
        `${enrolmentDate} is after ${window.latest}, the latest enrolment date allowed today`,
      ),
    ];
  }
  if (!window.backdatingApproved && isBefore(enrolmentDate, window.earliest)) {
    return [
      violation(
        'enrolmentDate',
        ENROLMENT_WINDOW_VIOLATION.backdated,
        `${enrolmentDate} is before ${window.earliest}: tanggal kepesertaan mundur perlu persetujuan supervisor kepesertaan (a backdated enrolment needs an enrolment supervisor's approval with a reason: POST /v1/backdated-enrolments, or an import approved as backdated)`,
      ),
    ];
  }
  return [];
}
