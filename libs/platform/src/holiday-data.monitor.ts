import { Gauge } from 'prom-client';
import {
  HOLIDAY_DATA_WARNING_DAYS,
  type HolidayCalendar,
  holidayDataRunway,
  type HolidayDataRunway,
  localDateIn,
} from '@jaring/calendar';
import type { ReadinessProbe } from '@jaring/observability';

interface WatchedCalendar {
  readonly calendar: HolidayCalendar;
  readonly timeZone: string;
}

const watched = new Map<string, WatchedCalendar>();

function runwayOf({ calendar, timeZone }: WatchedCalendar): HolidayDataRunway {
  return holidayDataRunway(calendar, localDateIn(new Date(), timeZone));
}

/** Read at scrape time; the alert in deploy/k8s/components/service-monitor fires at HOLIDAY_DATA_WARNING_DAYS. */
new Gauge({
  name: 'jaring_holiday_data_days_remaining',
  help: `Days until the loaded holiday data ends (working days are then counted on weekends alone); warned from ${HOLIDAY_DATA_WARNING_DAYS}`,
  labelNames: ['calendar'] as const,
  collect() {
    this.reset();
    for (const entry of watched.values()) this.set({ calendar: entry.calendar.name }, runwayOf(entry).daysRemaining);
  },
});

/**
 * Watches the holiday calendar a service counts working days with: the gauge above, and a readiness
 * probe that stays up (the service still works) but carries a warning from 90 days before the end.
 */
export function holidayDataProbe(calendar: HolidayCalendar, timeZone: string): ReadinessProbe {
  const entry = { calendar, timeZone };
  watched.set(calendar.name, entry);
  return {
    name: 'holiday-data',
    isReady: async () => true,
    warning: () => runwayOf(entry).warning,
  };
}
