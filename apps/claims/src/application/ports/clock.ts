/** The current instant. "Today" in the regency comes from it and the policy's UTC offset. */
export abstract class Clock {
  abstract now(): Date;
}
