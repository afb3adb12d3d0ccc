import type { HolidayCalendar } from '@jaring/calendar';
import type { IncomeBracketTable } from '@jaring/income-basis';
import type { ArrearsPolicy, ContributionRuleSet, ShortPaymentPolicy, SponsorType } from '../../domain';

/** Policies and knobs the use cases need, built once from the validated config. */
export abstract class BillingSettings {
  abstract readonly calendar: HolidayCalendar;
  abstract readonly ruleSets: readonly ContributionRuleSet[];
  /** PP 44/2015 Lampiran II bracket tables the operator loaded (RULES.md §1); none by default. */
  abstract readonly incomeBrackets: readonly IncomeBracketTable[];
  abstract readonly arrears: ArrearsPolicy;
  /** Which workers a short payment covers (RULES.md §1 is silent: a policy, default hold-invoice). */
  abstract readonly shortPaymentPolicy: ShortPaymentPolicy;
  /** Invoice lines written per transaction in a billing run (each chunk commits its progress). */
  abstract readonly runChunkSize: number;
  /** The payer type of a sponsor billing has not been told about (Jaring's sponsors are Pemkab: APBD). */
  abstract readonly defaultSponsorType: SponsorType;
}
