import type { LocalDate } from '../../domain';

/** The current instant and the current calendar day where the sponsors are (e.g. WITA for Sulawesi). */
export abstract class Clock {
  abstract now(): Date;
  abstract today(): LocalDate;
}
