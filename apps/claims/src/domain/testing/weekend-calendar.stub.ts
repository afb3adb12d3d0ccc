import { addDays, type LocalDate } from '../shared/local-date.util';
import type { WorkingDayCalendar } from '../payout/payment-deadline.rules';

/** Saturdays and Sundays off, plus the given holidays: enough to test deadlines without a real calendar. */
export function weekendCalendar(holidays: readonly LocalDate[] = []): WorkingDayCalendar {
  const isWorkingDay = (date: LocalDate) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.includes(date);
  };
  return {
    addWorkingDays(date, workingDays) {
      let current = date;
      for (let remaining = workingDays; remaining > 0;) {
        current = addDays(current, 1);
        if (isWorkingDay(current)) remaining -= 1;
      }
      return current;
    },
  };
}
