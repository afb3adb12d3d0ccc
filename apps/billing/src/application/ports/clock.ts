import type { LocalDate } from '@jaring/calendar';

/** The current instant, and the current calendar day where the sponsors are (WITA for Sulawesi). */
export abstract class Clock {
  abstract now(): Date;
  abstract today(): LocalDate;
  /** The instant a calendar day begins where the sponsors are (a bank value date as an instant). */
  abstract startOf(date: LocalDate): Date;
}
