import { fixedUtcOffsetMinutes } from '@jaring/calendar';
import { readIncomeBracketFile } from '@jaring/income-basis';
import { ClaimsSettings, PayoutSettings } from '../application/shared/claims-settings';
import type { ClaimsConfig } from '../claims.config';
import {
  BENEFIT_RULE_SETS,
  benefitIncomeLimits,
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_BENEFIT_POLICY,
  DEFAULT_COVERAGE_POLICY,
} from '../domain';
import { workingDayCalendar } from './calendar/working-days';
import { readPartnerFacilityFile } from './reference/partner-facility-file';

/** The deployment's policies, from the validated config: the only place config meets the domain. */
export function claimsSettingsFrom(config: ClaimsConfig): ClaimsSettings {
  return {
    policy: {
      utcOffsetMinutes: fixedUtcOffsetMinutes(config.BUSINESS_TIME_ZONE),
      approval: { ...DEFAULT_APPROVAL_POLICY, supervisorApprovalAbove: config.CLAIMS_SUPERVISOR_APPROVAL_ABOVE },
      benefits: {
        incomeBrackets: readIncomeBracketFile(config.INCOME_BRACKETS_FILE, benefitIncomeLimits(BENEFIT_RULE_SETS)),
        policy: {
          ...DEFAULT_BENEFIT_POLICY,
          transportCaps: config.BENEFIT_TRANSPORT_CAPS,
          jkmShortMembership: {
            ...DEFAULT_BENEFIT_POLICY.jkmShortMembership,
            enabled: config.JKM_SHORT_MEMBERSHIP_ENABLED,
          },
        },
      },
      calendar: workingDayCalendar(),
    },
    coverage: {
      ...DEFAULT_COVERAGE_POLICY,
      lateSettledMonths: config.COVERAGE_LATE_SETTLED_MONTHS,
      supplementaryBillingDelaySeconds: config.SUPPLEMENTARY_BILLING_DELAY_SECONDS,
    },
    accountChangeHoldDays: config.PAYOUT_ACCOUNT_CHANGE_HOLD_DAYS,
    partnerFacilities: readPartnerFacilityFile(config.PARTNER_FACILITIES_FILE),
  };
}

export function payoutSettingsFrom(config: ClaimsConfig): PayoutSettings {
  return {
    // A claimed instruction is left alone for the bank timeout plus a margin; then it is reconciled.
    leaseMs: config.PAYOUT_BANK_TIMEOUT_MS + 5_000,
    retryBaseMs: config.PAYOUT_RETRY_BASE_MS,
    retryMaxMs: config.PAYOUT_RETRY_MAX_MS,
    batchSize: config.PAYOUT_BATCH_SIZE,
  };
}
