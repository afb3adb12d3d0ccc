import { aRegistration, aRegistrationContext } from '../testing/enrolment.builders';
import {
  DEFAULT_ENROLMENT_WINDOW_POLICY,
  enrolmentWindowOn,
  enrolmentWindowViolations,
  ENROLMENT_WINDOW_VIOLATION,
} from './enrolment-window.rules';
import { validateRegistration } from './registration.rules';

const codesOf = (date: string, window: ReturnType<typeof enrolmentWindowOn>) =>
  enrolmentWindowViolations(date, window).map((violation) => violation.code);

describe('the enrolment window (issue 20 §2)', () => {
  it('by default allows the current month only, up to 90 days ahead', () => {
    expect(enrolmentWindowOn('2026-12-07', DEFAULT_ENROLMENT_WINDOW_POLICY)).toEqual({
      earliest: '2026-12-01',
      latest: '2027-03-07',
      backdatingApproved: false,
    });
  });

  it('reaches back whole months of grace, across a year end', () => {
    expect(enrolmentWindowOn('2026-01-31', { backdatingGraceMonths: 1, maxDaysAhead: 0 })).toMatchObject({
      earliest: '2025-12-01',
      latest: '2026-01-31',
    });
    expect(enrolmentWindowOn('2026-03-15', { backdatingGraceMonths: 14, maxDaysAhead: 0 }).earliest).toBe('2025-01-01');
  });

  it('refuses a date before the window, naming the rule, unless a supervisor approved it', () => {
    const window = enrolmentWindowOn('2026-12-07', DEFAULT_ENROLMENT_WINDOW_POLICY);
    expect(codesOf('2026-12-01', window)).toEqual([]);
    expect(codesOf('2026-11-30', window)).toEqual([ENROLMENT_WINDOW_VIOLATION.backdated]);
    expect(codesOf('2025-10-06', window)).toEqual(['ENROLMENT_DATE_BACKDATED']);
    expect(enrolmentWindowViolations('2026-11-30', window)[0]?.message).toContain('supervisor');
    expect(codesOf('2025-10-06', { ...window, backdatingApproved: true })).toEqual([]);
  });

  it('refuses a date beyond the days ahead, approved or not', () => {
    const window = enrolmentWindowOn('2026-12-07', DEFAULT_ENROLMENT_WINDOW_POLICY);
    expect(codesOf('2027-03-07', window)).toEqual([]);
    expect(codesOf('2027-03-08', window)).toEqual(['ENROLMENT_DATE_TOO_FAR_AHEAD']);
    expect(codesOf('2099-01-01', { ...window, backdatingApproved: true })).toEqual(['ENROLMENT_DATE_TOO_FAR_AHEAD']);
  });

  it('is one of the violations a registration lists, after the agreement check', () => {
    const context = aRegistrationContext({
      today: '2026-01-15',
      enrolmentWindow: enrolmentWindowOn('2026-01-15', DEFAULT_ENROLMENT_WINDOW_POLICY),
    });
    const backdated = validateRegistration(aRegistration().with({ enrolmentDate: '2025-12-31' }).build(), context);
    expect(backdated.ok ? [] : backdated.violations).toEqual([
      expect.objectContaining({ field: 'enrolmentDate', code: 'ENROLMENT_DATE_BACKDATED' }),
    ]);
    expect(validateRegistration(aRegistration().with({ enrolmentDate: '2026-01-01' }).build(), context).ok).toBe(true);
    const beforeAgreement = validateRegistration(
      aRegistration().with({ enrolmentDate: '2025-01-01' }).build(),
      context,
    );
    expect(beforeAgreement.ok ? [] : beforeAgreement.violations.map((violation) => violation.code)).toEqual([
      'ENROLMENT_BEFORE_AGREEMENT',
    ]);
  });
});
