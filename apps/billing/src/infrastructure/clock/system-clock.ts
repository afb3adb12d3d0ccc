import { type LocalDate, localDateIn } from '@jaring/calendar';
import { Clock } from '../../application/ports/clock';

/** The machine's clock; "today" is the calendar day in the sponsors' time zone. */
export class SystemClock extends Clock {
  private readonly offsetFormat: Intl.DateTimeFormat;

  constructor(private readonly timeZone: string) {
    super();
    this.offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  }

  now(): Date {
    return new Date();
  }

  today(): LocalDate {
    return localDateIn(this.now(), this.timeZone);
  }

  startOf(date: LocalDate): Date {
    // Indonesia has no daylight saving: the zone's offset at noon that day is its offset at midnight.
    const name = this.offsetFormat
      .formatToParts(new Date(`${date}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')?.value;
    const offset = !name || name === 'GMT' ? 'Z' : name.slice(3);
    return new Date(`${date}T00:00:00${offset}`);
  }
}
