import { addWorkingDays, defaultCalendar, type HolidayCalendar } from '@jaring/calendar';
import type { WorkingDayCalendar } from '../../domain';

/**
 * The claims domain needs only `addWorkingDays` for its payment deadline; libs/calendar provides
 * it over weekends plus the Indonesian national holidays and collective leave (cuti bersama).
 */
export function workingDayCalendar(calendar: HolidayCalendar = defaultCalendar): WorkingDayCalendar {
  return { addWorkingDays: (date, workingDays) => addWorkingDays(date, workingDays, calendar) };
}
