import { register } from 'prom-client';
import { createHolidayCalendar } from '@jaring/calendar';
import { holidayDataProbe } from './holiday-data.monitor';

const thisYear = Number(new Date().toISOString().slice(0, 4));
const calendarEnding = (name: string, lastYear: number) =>
  createHolidayCalendar({ name, holidays: [], years: { from: lastYear - 1, to: lastYear } });

describe('holiday data monitor', () => {
  it('stays ready with no warning while the data lasts beyond 90 days', async () => {
    const probe = holidayDataProbe(calendarEnding('lasting', thisYear + 2), 'Asia/Makassar');
    expect(await probe.isReady()).toBe(true);
    expect(probe.warning?.()).toBeUndefined();
  });

  it('stays ready but warns once the data is within 90 days of its end (here: already past it)', async () => {
    const probe = holidayDataProbe(calendarEnding('ended', thisYear - 1), 'Asia/Makassar');
    expect(await probe.isReady()).toBe(true);
    expect(probe.warning?.()).toMatch(`ends on ${thisYear - 1}-12-31: add the holidays of ${thisYear}`);
  });

  it('exports the days remaining per calendar for the alert', async () => {
    holidayDataProbe(calendarEnding('ended', thisYear - 1), 'Asia/Makassar');
    holidayDataProbe(calendarEnding('lasting', thisYear + 2), 'Asia/Makassar');
    const metric = await register.getSingleMetric('jaring_holiday_data_days_remaining')!.get();
    const ended = metric.values.find((value) => value.labels.calendar === 'ended');
    expect(ended?.value).toBeLessThan(0);
    expect(metric.values.find((value) => value.labels.calendar === 'lasting')?.value).toBeGreaterThan(365);
  });
});
