import { SystemClock } from './system-clock';

describe('SystemClock', () => {
  it("dates 'today' in the sponsors' time zone, not in UTC", () => {
    const clock = new SystemClock('Asia/Makassar');
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2025-10-05T16:30:00.000Z'));
    expect(clock.today()).toBe('2025-10-06'); // 00:30 WITA
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2025-10-05T15:59:00.000Z'));
    expect(clock.today()).toBe('2025-10-05'); // 23:59 WITA
  });
});
