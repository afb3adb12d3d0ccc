import * as domain from './index';

describe('claims domain public API', () => {
  it('exposes the entry points the application layer calls', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'ACCIDENT_CATEGORIES',
        'BENEFIT_CODES',
        'BENEFIT_RULE_SETS',
        'Claim',
        'DEATH_DISPROOF_CODES',
        'DEFAULT_APPROVAL_POLICY',
        'DEFAULT_BENEFIT_POLICY',
        'DEFAULT_COVERAGE_POLICY',
        'DOCUMENT_REQUIREMENTS',
        'FUNERAL_LINE_CODES',
        'PAYMENT_DEADLINE_WORKING_DAYS',
        'PP82_2019_DISABILITY_TABLE',
        'PP82_2019_RULE_SET',
        'PRE_APPROVAL_STATUSES',
        'allocateDeathBenefit',
        'assertAccidentNotClaimedTwice',
        'assertDeathNotClaimedElsewhere',
        'assertMayApprove',
        'calculateBenefits',
        'checkEligibility',
        'choosePayee',
        'claimFlags',
        'daysLate',
        'determineHeirs',
        'heirClassOf',
        'isPaymentOverdue',
        'latePaymentLine',
        'matchAccountHolderName',
        'missingDocuments',
        'normalisePersonName',
        'paymentDueDate',
        'payoutIdempotencyKey',
        'requiredDocuments',
        'resolveDisabilityPercent',
        'scholarshipCode',
        'selectRuleSet',
        'transferRefusalCode',
        'transportCode',
      ].sort(),
    );
  });
});
