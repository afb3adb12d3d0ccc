import { CoverageGranted } from './billing/events';
import { EVENT_CATALOGUE } from './catalogue';
import { eventPattern } from './event-definition';
import { loadFixture } from './fixtures';
import { ALL_TOPICS } from './topics';
import { validateEvent } from './validate-event';

describe('event contracts', () => {
  it.each(EVENT_CATALOGUE.map((definition) => [eventPattern(definition), definition] as const))(
    '%s: its fixture is a valid envelope of that type, version and topic',
    (_pattern, definition) => {
      const fixture = loadFixture(definition);
      expect(fixture.eventType).toBe(definition.type);
      expect(fixture.eventVersion).toBe(definition.version);
      expect(validateEvent(fixture)).toMatchObject({ ok: true });
    },
  );

  it('names every topic jaring.<service>.<aggregate>.v<N>', () => {
    for (const topic of ALL_TOPICS) expect(topic.name).toMatch(/^jaring\.[a-z]+\.[a-z-]+\.v\d+$/);
  });

  it('defines each type and version once', () => {
    const patterns = EVENT_CATALOGUE.map(eventPattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('explains what is wrong without echoing personal data', () => {
    const [first] = EVENT_CATALOGUE;
    const fixture = loadFixture(first) as unknown as { payload: Record<string, unknown> };
    const result = validateEvent({ ...fixture, payload: { ...fixture.payload, nik: '12345', fullName: 42 } });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('nik fails matches') });
    expect(JSON.stringify(result)).not.toContain('12345');
  });

  it('rejects an unknown version and a non-UTC timestamp', () => {
    const fixture = loadFixture(EVENT_CATALOGUE[0]);
    expect(validateEvent({ ...fixture, eventVersion: 99 })).toEqual({
      ok: false,
      reason: expect.stringContaining('unknown event'),
    });
    expect(validateEvent({ ...fixture, occurredAt: '2026-03-02T08:15:00+07:00' })).toEqual({
      ok: false,
      reason: expect.stringContaining('occurredAt'),
    });
  });

  describe('CoverageGranted declaredIncomes (optional within v1)', () => {
    const fixture = loadFixture(CoverageGranted) as unknown as { payload: Record<string, unknown> };
    const withIncomes = (declaredIncomes: unknown) => ({
      ...fixture,
      payload: { ...fixture.payload, declaredIncomes },
    });

    it('accepts a batch without it (published before it existed)', () => {
      const { declaredIncomes: _omitted, ...payload } = fixture.payload;
      expect(validateEvent({ ...fixture, payload })).toMatchObject({ ok: true });
    });

    it('refuses incomes that do not pair off one to one with workerIds', () => {
      expect(validateEvent(withIncomes([]))).toEqual({
        ok: false,
        reason: expect.stringContaining('declaredIncomes fails onePerWorkerId'),
      });
      expect(validateEvent(withIncomes([1_000_000, 1_000_000]))).toMatchObject({ ok: false });
    });

    it('refuses an income that is not a whole, non-negative number of rupiah', () => {
      expect(validateEvent(withIncomes([1_000_000.5]))).toMatchObject({ ok: false });
      expect(validateEvent(withIncomes([-1]))).toMatchObject({ ok: false });
    });
  });
});
