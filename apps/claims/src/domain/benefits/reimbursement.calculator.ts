import { DomainError, type Rupiah } from '@jaring/kernel';
import { addYears, assertLocalDate, isBefore, type LocalDate } from '../shared/local-date.util';
import { assertNonNegativeRupiah, sumRupiah } from '../shared/integer-math.util';
import { BENEFIT_CODES, TRANSPORT_SHARED_CODE, transportCode } from './benefit.codes';
import type { BenefitPolicy } from './benefit.policy';
import type { BenefitRuleSet } from './benefit-rule-set.types';
import type { BenefitLine, PartnerCareInvoice, TransportClaim, TransportMode } from './benefit.types';

const TRANSPORT_MODES: readonly TransportMode[] = ['land', 'sea', 'air'];

/**
 * Transport to care, reimbursed up to a cap per mode. Receipts of the same mode are added first.
 * Under 'per-mode' (default) each mode has its own cap; under 'shared-highest-cap' all modes share
 * the highest cap among the modes used.
 */
export function transportLines(
  claims: readonly TransportClaim[],
  ruleSet: BenefitRuleSet,
  policy: BenefitPolicy,
): BenefitLine[] {
  const claimedByMode = new Map<TransportMode, Rupiah>();
  claims.forEach((claim, index) => {
    const amount = assertNonNegativeRupiah(claim.amount, `transport[${index}].amount`);
    claimedByMode.set(claim.mode, (claimedByMode.get(claim.mode) ?? 0) + amount);
  });
  const modesUsed = TRANSPORT_MODES.filter((mode) => claimedByMode.has(mode));
  const caps = ruleSet.jkk.transportCaps;

  if (policy.transportCaps === 'shared-highest-cap') {
    if (modesUsed.length === 0) return [];
    const highest = modesUsed.map((mode) => caps[mode]).reduce((a, b) => (b.amount > a.amount ? b : a));
    const claimed = sumRupiah(modesUsed.map((mode) => claimedByMode.get(mode) ?? 0));
    return positive([{ code: TRANSPORT_SHARED_CODE, amount: Math.min(claimed, highest.amount), rule: highest.rule }]);
  }
  return positive(
    modesUsed.map((mode) => ({
      code: transportCode(mode),
      amount: Math.min(claimedByMode.get(mode) ?? 0, caps[mode].amount),
      rule: caps[mode].rule,
    })),
  );
}

/** Home care, capped, and only for care within the rule set's year (RULES.md §2: up to 1 year). */
export function homeCareLine(
  claimed: Rupiah,
  period: { from: LocalDate; until: LocalDate } | undefined,
  ruleSet: BenefitRuleSet,
): BenefitLine[] {
  const amount = assertNonNegativeRupiah(claimed, 'homeCare');
  const years = ruleSet.jkk.homeCareYears;
  if (amount > 0) {
    if (!period) {
      throw new DomainError(
        'HOME_CARE_PERIOD_REQUIRED',
        'Home care needs homeCarePeriod (from, until)',
        'homeCarePeriod',
      );
    }
    const from = assertLocalDate(period.from, 'homeCarePeriod.from');
    const until = assertLocalDate(period.until, 'homeCarePeriod.until');
    if (isBefore(until, from)) {
      throw new DomainError('HOME_CARE_PERIOD_INVALID', 'homeCarePeriod ends before it starts', 'homeCarePeriod.until');
    }
    if (!isBefore(until, addYears(from, years.value))) {
      throw new DomainError(
        'HOME_CARE_PERIOD_TOO_LONG',
        `Home care from ${from} to ${until} is longer than allowed: ${years.rule}`,
        'homeCarePeriod.until',
      );
    }
  }
  const cap = ruleSet.jkk.homeCareCap;
  return positive([{ code: BENEFIT_CODES.jkkHomeCare, amount: Math.min(amount, cap.amount), rule: cap.rule }]);
}

/** Care at a non-partner facility: the receipts in full, as medically needed, to the worker (RULES.md §2). */
export function nonPartnerCareLine(claimed: Rupiah, ruleSet: BenefitRuleSet): BenefitLine[] {
  const amount = assertNonNegativeRupiah(claimed, 'nonPartnerCare');
  return positive([{ code: BENEFIT_CODES.jkkNonPartnerCare, amount, rule: ruleSet.jkk.nonPartnerCareRule }]);
}

/**
 * Care at partner facilities: each facility's invoices added up, in full (as medically needed, no
 * cap), on one line paid to that facility (RULES.md §2). An invoice needs its reference, and a
 * reference counts once per facility, so one invoice cannot be paid twice on a claim.
 */
export function partnerCareLines(invoices: readonly PartnerCareInvoice[], ruleSet: BenefitRuleSet): BenefitLine[] {
  const byFacility = new Map<string, { amount: Rupiah; references: string[] }>();
  invoices.forEach((invoice, index) => {
    const field = `partnerCare[${index}]`;
    const amount = assertNonNegativeRupiah(invoice.amount, `${field}.amount`);
    const reference = invoice.invoiceReference?.trim();
    if (!invoice.facilityCode?.trim() || !reference) {
      throw new DomainError(
        'PARTNER_CARE_INVOICE_INCOMPLETE',
        'A partner facility invoice needs the facility code and the invoice reference',
        invoice.facilityCode?.trim() ? `${field}.invoiceReference` : `${field}.facilityCode`,
      );
    }
    const facility = byFacility.get(invoice.facilityCode) ?? { amount: 0, references: [] };
    if (facility.references.includes(reference)) {
      throw new DomainError(
        'PARTNER_CARE_INVOICE_DUPLICATE',
        `Invoice ${reference} of facility ${invoice.facilityCode} is listed twice`,
        `${field}.invoiceReference`,
      );
    }
    byFacility.set(invoice.facilityCode, {
      amount: facility.amount + amount,
      references: [...facility.references, reference],
    });
  });
  return positive(
    [...byFacility].map(([facilityCode, { amount, references }]) => ({
      code: BENEFIT_CODES.jkkPartnerFacilityCare,
      amount,
      rule: ruleSet.jkk.partnerCareRule,
      payee: { kind: 'partner-facility' as const, facilityCode },
      invoiceReferences: references,
    })),
  );
}

export function glassesLine(claimed: Rupiah, policy: BenefitPolicy): BenefitLine[] {
  const amount = assertNonNegativeRupiah(claimed, 'glasses');
  return positive([
    {
      code: BENEFIT_CODES.jkkGlasses,
      amount: Math.min(amount, policy.glassesCap),
      rule: `PP 82/2019 Lampiran III (amount per RULES.md [1S] policy): glasses max Rp${policy.glassesCap.toLocaleString('en-US')}`,
    },
  ]);
}

/** A zero line pays nothing and would only clutter the payout; it is left out. */
function positive(lines: BenefitLine[]): BenefitLine[] {
  return lines.filter((line) => line.amount > 0);
}
