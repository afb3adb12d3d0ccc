import { Clock } from '../../application/ports/clock';
import type { LocalDate } from '../../domain';

/**
 * The machine's clock; "today" is the calendar day in the sponsors' time zone (Asia/Makassar, WITA,
 * for Sulawesi), so a registration at 07:30 WITA (23:30 UTC the day before) is dated correctly.
 */
export class SystemClock extends Clock {
  private readonly dayFormat: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    super();
    this.dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  now(): Date {
    return new Date();
  }

  today(): LocalDate {
    const parts = Object.fromEntries(this.dayFormat.formatToParts(this.now()).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  }
}
