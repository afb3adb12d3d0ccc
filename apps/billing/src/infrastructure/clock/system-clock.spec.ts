import { SystemClock } from './system-clock';

describe('SystemClock', () => {
  it('starts a day at local midnight in the business time zone', () => {
    expect(new SystemClock('Asia/Makassar').startOf('2026-03-10').toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(new SystemClock('Asia/Jakarta').startOf('2026-03-10').toISOString()).toBe('2026-03-09T17:00:00.000Z');
    expect(new SystemClock('Etc/UTC').startOf('2026-03-10').toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });
});
