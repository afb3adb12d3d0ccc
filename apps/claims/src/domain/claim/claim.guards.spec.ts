import { incidentDateViolations } from './claim.guards';

const WITA = 480;
const reportedAt = { actor: { id: 'officer-andi', roles: ['claims-officer'] }, at: '2026-12-08T02:00:00Z' };

describe('incidentDateViolations', () => {
  it('accepts an instant that falls on the stated date in the business time zone', () => {
    expect(incidentDateViolations('2026-12-06', '2026-12-06T22:45:00+08:00', reportedAt, WITA)).toEqual([]);
    expect(incidentDateViolations('2026-12-07', '2026-12-06T22:45:00Z', reportedAt, WITA)).toEqual([]);
  });

  it('refuses an instant that is the next day in the business time zone', () => {
    expect(incidentDateViolations('2026-12-06', '2026-12-06T22:45:00Z', reportedAt, WITA)).toEqual([
      expect.objectContaining({ field: 'incidentAt', code: 'INCIDENT_AT_NOT_ON_INCIDENT_DATE' }),
    ]);
  });

  it('returns every disagreement at once', () => {
    expect(
      incidentDateViolations('2026-12-09', '2026-12-07T09:00:00+08:00', reportedAt, WITA).map((v) => v.code),
    ).toEqual(['INCIDENT_IN_FUTURE', 'INCIDENT_AT_NOT_ON_INCIDENT_DATE']);
  });
});
