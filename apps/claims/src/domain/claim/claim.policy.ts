import type { BenefitEngineOptions } from '../benefits/benefit.engine';
import type { WorkingDayCalendar } from '../payout/payment-deadline.rules';
import type { ApprovalPolicy } from './approval.policy';

/** Everything a claim needs from its deployment; built once by the config layer. */
export interface ClaimPolicy {
  /** The regency's offset from UTC in minutes (Polewali Mandar, WITA: 480): turns instants into local dates. */
  utcOffsetMinutes: number;
  approval: ApprovalPolicy;
  benefits: BenefitEngineOptions;
  /** Working days and public holidays, for the payment deadline. */
  calendar: WorkingDayCalendar;
}
