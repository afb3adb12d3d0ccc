/**
 * Every error code the claims API answers with, what it means and what the officer does about it.
 * `status` is the HTTP status; `reason` marks a reason listed inside CLAIM_NOT_ELIGIBLE (and in a
 * claim's `eligibility`). A spec checks this against the codes the source throws, and the table in
 * apps/claims/README.md against this catalogue (claims-guide.ts; `npm run docs:claims-errors` writes it).
 */
export interface CatalogueEntry {
  status: 400 | 403 | 404 | 409 | 503 | 'reason';
  meaning: string;
  remedy: string;
}

const entry = (status: CatalogueEntry['status'], meaning: string, remedy: string): CatalogueEntry => ({
  status,
  meaning,
  remedy,
});

export const CLAIMS_ERROR_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
  CLAIM_NOT_EXPIRED: entry(
    409,
    'An expiry override on a claim reported within 5 years of the accident',
    'Nothing to override',
  ),
  HOLIDAY_DATA_INVALID: entry(
    400,
    'A holiday data file is malformed (the service does not start)',
    'Fix the file named in the message',
  ),
  HOME_CARE_PERIOD_INVALID: entry(400, 'The home-care period ends before it starts', 'Give from and until in order'),
  HOME_CARE_PERIOD_REQUIRED: entry(
    400,
    'Home care without the period it was given',
    'Give homeCarePeriod (from, until)',
  ),
  HOME_CARE_PERIOD_TOO_LONG: entry(
    400,
    'Home care beyond one year of care (RULES.md §2)',
    'Claim only the first year of home care',
  ),
  JKK_CLAIM_EXPIRED: entry(
    409,
    'A JKK claim reported more than 5 years after the accident (RULES.md §2)',
    'Reject it, or a claims supervisor overrides it with a reason (POST expiry-override)',
  ),
  SUPERVISOR_OVERRIDE_REQUIRED: entry(
    403,
    'Someone other than a claims supervisor tried to override the 5-year expiry',
    'A claims supervisor decides',
  ),
  TOTAL_DISABILITY_OUTCOME: entry(
    400,
    'A 70% table row (both eyes, both legs) recorded as a partial disability',
    'Record the outcome total-disability',
  ),
  ACCIDENT_ALREADY_CLAIMED: entry(
    409,
    'An open claim already holds this worker’s accident of that day',
    'Work on the claim named in the message; a death from it is recorded there (stage II)',
  ),
  ACCOUNT_NAME_ALREADY_MATCHES: entry(
    409,
    'The holder name matches the payee and the approver saw the account',
    'Nothing to confirm',
  ),
  ACCOUNT_NAME_NEEDS_CONFIRMATION: entry(
    400,
    'The account holder’s name does not match the payee',
    'A second officer checks the savings book and confirms it (POST payout-account/confirmation)',
  ),
  ASSIGNMENT_NOT_ALLOWED: entry(
    403,
    'An officer who is not a claims supervisor tried to assign a claim to someone else',
    'Take the claim for yourself, or ask a claims supervisor to assign it',
  ),
  CLAIM_ALREADY_ASSIGNED: entry(
    409,
    'An officer tried to take a claim already in another officer’s queue (details.assignedTo)',
    'Ask that officer, or a claims supervisor to move it',
  ),
  DOCUMENT_NOT_ON_CHECKLIST: entry(
    400,
    'A scan for a document the claim’s checklist does not ask for (the message lists what it asks for)',
    'Upload it under a code the checklist names',
  ),
  FILE_REQUIRED: entry(400, 'A scan upload without the file', 'Attach the scan as the form field file'),
  SCAN_NOT_FOUND: entry(
    404,
    'The claim has no scan with this id',
    'Pick a scan from the claim’s details.documentScans',
  ),
  SCAN_STORAGE_UNAVAILABLE: entry(
    503,
    'The document store (DOCUMENT_SCAN_STORAGE=s3) did not answer or refused; nothing was stored or shown',
    'Try again after Retry-After; the operator finds the cause in the claims log (claims-scans)',
  ),
  SCAN_CHECKSUM_MISMATCH: entry(
    503,
    'The scan the document store returned is not the one uploaded (its SHA-256 differs)',
    'Ask the operator to restore the object from the bucket’s earlier version',
  ),
  SCAN_TYPE_NOT_ALLOWED: entry(
    400,
    'The uploaded file is not a PDF, JPEG or PNG (judged by its content, not its name)',
    'Scan or photograph the document again as PDF, JPEG or PNG',
  ),
  ACTOR_REQUIRED: entry(400, 'A change without an acting user', 'Call with a bearer token naming the officer'),
  AMOUNT_INVALID: entry(400, 'An amount is not a whole, non-negative number of rupiah', 'Give whole rupiah'),
  BANK_ACCOUNT_INVALID: entry(
    400,
    'The bank code, account number or holder name is missing (each is listed)',
    'Give all three',
  ),
  CALENDAR_NO_WORKING_DAY: entry(
    400,
    'The holiday calendar has no working day in the range asked',
    'Check the holiday calendar of the year',
  ),
  CHILD_NOT_IN_FAMILY: entry(
    400,
    'The member named is not a child on the worker’s family card',
    'Pick a child from the family (GET heirs shows it); enrolment corrects the card',
  ),
  CHILD_NOT_YET_BORN: entry(
    400,
    'The child’s birth date is after the assessment date',
    'Correct the birth date in enrolment',
  ),
  CIRCUMSTANCES_INVALID: entry(
    400,
    'The accident category is not one of the known ones',
    'Use a category the message lists',
  ),
  CLAIM_CHANGED_CONCURRENTLY: entry(
    409,
    'Another officer changed the claim meanwhile',
    'Load the claim again and repeat',
  ),
  CLAIM_ELIGIBLE: entry(400, 'A refusal of verification was asked for a covered claim', 'Verify the claim instead'),
  CLAIM_ID_REQUIRED: entry(400, 'A claim without an id', 'The service assigns it; report this as a defect'),
  CLAIM_NOT_ELIGIBLE: entry(
    409,
    'Verification refused: the incident is not covered (the reasons are listed; the refusal is recorded on the claim, a death is confirmed all the same)',
    'Once the cause is cleared (e.g. the month paid), verify again; otherwise reject the claim with this reason',
  ),
  CLAIM_NOT_FOUND: entry(
    404,
    'There is no claim with this id',
    'Search the claim by NIK, name or claim number (GET /v1/claims)',
  ),
  CLAIM_TRANSITION_NOT_ALLOWED: entry(
    409,
    'The call does not fit the claim’s current status (details.status)',
    'Do the step the message names first (see the state diagram)',
  ),
  COMPONENT_NOT_APPLICABLE: entry(
    400,
    'A benefit component does not apply to this programme or outcome',
    'Leave it out',
  ),
  CONTRIBUTION_MONTHS_INVALID: entry(400, 'The number of contribution months is not a whole number ≥ 0', 'Correct it'),
  CO_HEIR_CONSENT_MISSING: entry(
    400,
    'A co-heir of the payee’s class has no recorded consent',
    'Record each co-heir’s consent (consents) with the heirs',
  ),
  DATE_INVALID: entry(400, 'A date is not a real YYYY-MM-DD date', 'Give the date as YYYY-MM-DD'),
  DATE_OF_DEATH_REQUIRED: entry(400, 'A death outcome without the date of death', 'Give dateOfDeath'),
  DEATH_ALREADY_CLAIMED: entry(
    409,
    'This death is already claimed under JKK or JKM (the claim is named)',
    'Work on that claim; move it between programmes by re-classifying it',
  ),
  DEATH_BEFORE_ACCIDENT: entry(400, 'The date of death is before the accident', 'Correct the dates'),
  DEATH_BEFORE_MEMBERSHIP: entry(
    400,
    'The death is before the membership started',
    'Check the dates; reject the claim if right',
  ),
  DEATH_NOT_CONFIRMED: entry(
    409,
    'A disproof of a death this claim never confirmed (or already retracted)',
    'Reject without deathDisproved',
  ),
  DECLARED_INCOME_INVALID: entry(
    400,
    'The declared income is not a positive whole number of rupiah',
    'Correct it in enrolment',
  ),
  DISABILITY_PERCENT_MISMATCH: entry(
    400,
    'The percentage given disagrees with the disability table',
    'Leave the percentage out or give the table’s',
  ),
  DISABILITY_PERCENT_OUT_OF_RANGE: entry(400, 'A disability percentage outside 0–100', 'Correct it'),
  DISABILITY_PERCENT_REQUIRED: entry(
    400,
    'A partial disability without its percentage or table items',
    'Give the table items',
  ),
  DISABILITY_TABLE_CODE_UNKNOWN: entry(400, 'A disability table code that does not exist', 'Use a code of the table'),
  DISABILITY_TABLE_ITEMS_EMPTY: entry(400, 'An empty list of disability table items', 'Give at least one item'),
  DISABILITY_UNITS_REQUIRED: entry(
    400,
    'A table row counted in units (e.g. per 10 dB) without the units',
    'Give units',
  ),
  DISPROOF_CODE_REQUIRED: entry(400, 'A disproved death without its disproof code', 'Give one of the codes listed'),
  DISPROOF_CODE_WITHOUT_DISPROOF: entry(
    400,
    'A disproof code on a rejection that disproves nothing',
    'Add deathDisproved: true or drop the code',
  ),
  DOCUMENTS_MISSING: entry(
    400,
    'The checklist is not complete; each missing row is named with its codes (details.missing)',
    'Record the documents (POST documents), then complete again',
  ),
  FUNCTION_LOSS_OUT_OF_RANGE: entry(400, 'A loss of function outside 0–100%', 'Correct it'),
  FUNERAL_ARRANGER_REQUIRED: entry(400, 'No heir and no funeral arranger named', 'Name who arranged the funeral'),
  HEIRS_NOT_DETERMINED: entry(409, 'A death claim without its heirs and payee', 'Record the heirs first (POST heirs)'),
  HEIRS_ONLY_FOR_DEATH: entry(
    400,
    'Heirs on a claim that is not a death',
    'Record stage II as a death first, if it is one',
  ),
  INABILITY_BEFORE_INCIDENT: entry(400, 'Inability to work starting before the accident', 'Correct the dates'),
  INABILITY_DAYS_EXCEED_MONTH: entry(400, 'More part-month days than the month has', 'Correct the days'),
  INABILITY_DAYS_INVALID: entry(400, 'Part-month days that are not a whole number ≥ 0', 'Correct them'),
  INABILITY_MONTHS_INVALID: entry(400, 'Months of inability that are not a whole number ≥ 0', 'Correct them'),
  INABILITY_PERIOD_REQUIRED: entry(400, 'Temporary inability without its period', 'Give inabilityMonths (and days)'),
  INCIDENT_AT_NOT_ON_INCIDENT_DATE: entry(
    400,
    'incidentAt, read in the business time zone, is another day than incidentDate',
    'Correct one of the two (a time near midnight: check the zone)',
  ),
  INCIDENT_BEFORE_ENROLMENT: entry(
    'reason',
    'The incident is before the worker’s coverage started',
    'Reject the claim with this reason',
  ),
  INCIDENT_IN_FUTURE: entry(400, 'The incident (or death) date is after today', 'Correct the date'),
  INSTANT_INVALID: entry(400, 'A time that is not ISO-8601 with a zone', 'Give e.g. 2026-12-06T06:45:00+08:00'),
  MAKER_CHECKER_VIOLATION: entry(
    409,
    'An officer who already worked on the claim (details.conflictingRole: reporter, payee-chooser, verifier, assessor, account-enterer, account-confirmer, approver or scholarship-requester) tried to approve it or confirm its account',
    'An officer who did not work on the claim does it',
  ),
  MEMBERSHIP_START_REQUIRED: entry(400, 'A JKM assessment without the membership start', 'Report this as a defect'),
  MEMBERSHIP_TERMINATED: entry(
    'reason',
    'The membership ended before the incident',
    'Reject the claim with this reason',
  ),
  MEMBER_NOT_FOUND: entry(
    404,
    'No enrolled worker with this id or NIK is known to claims',
    'Check the NIK; a worker enrolled minutes ago may still be on its way from enrolment',
  ),
  MONTH_INVALID: entry(400, 'A month that is not YYYY-MM', 'Give the month as YYYY-MM'),
  MONTH_BILLED_UNPAID: entry(
    'reason',
    'The incident’s month is billed for the worker (details: invoiceNumber, dueDate) and not paid yet',
    'Finance pays the named invoice; once the coverage arrives, verify again',
  ),
  MONTH_NOT_BILLED_YET: entry(
    'reason',
    'No invoice bills the incident’s month for the worker yet: registered after the month’s billing run, the worker waits for the supplementary pass (details: expectedBilledBy)',
    'Verify again after the expected time, when the supplementary invoice is issued and paid; if it is late, finance checks billing’s runs',
  ),
  MONTH_PAID_COVERAGE_PENDING: entry(
    'reason',
    'The invoice billing the month is paid; its coverage has not reached claims yet (details: invoiceNumber)',
    'Verify again in a few minutes',
  ),
  MONTH_SETTLED_LATE: entry(
    'reason',
    'The month was paid after the incident and its due date, and the policy does not cover such months',
    'Reject the claim with this reason',
  ),
  NOTHING_TO_PAY: entry(409, 'The assessment has no payable line', 'Re-assess or reject the claim'),
  NO_REFUSED_TRANSFER: entry(409, 'No transfer of this claim was refused; nothing to send again', 'Nothing to do'),
  NO_RULE_SET_FOR_INCIDENT_DATE: entry(
    400,
    'No benefit rule set covers the incident date (before Dec 2019)',
    'Check the date',
  ),
  OUTCOME_BEFORE_ACCIDENT: entry(400, 'The doctor’s declaration is before the accident', 'Correct declaredOn'),
  OUTCOME_FIELD_NOT_APPLICABLE: entry(400, 'A field of the outcome that does not apply to its type', 'Leave it out'),
  OUTCOME_INVALID: entry(400, 'An unknown outcome type', 'Use a type the message lists'),
  OUTCOME_NOT_APPLICABLE: entry(400, 'An outcome that does not apply to the programme', 'Check the programme'),
  PARTNER_CARE_INVOICE_DUPLICATE: entry(
    400,
    'The same invoice of a partner facility is listed twice on the claim',
    'List each invoice once',
  ),
  PARTNER_CARE_INVOICE_INCOMPLETE: entry(
    400,
    'A partner facility invoice without its facility code or invoice reference',
    'Give facilityCode and invoiceReference from the invoice',
  ),
  PARTNER_FACILITY_NOT_REGISTERED: entry(
    409,
    'A facility of the claim’s care is no longer in the partner-facility register, so it has no account to pay into',
    'The operator restores the facility’s row in PARTNER_FACILITIES_FILE; then approve again',
  ),
  PARTNER_FACILITY_REGISTER_INVALID: entry(
    400,
    'The partner-facility register (PARTNER_FACILITIES_FILE) is malformed (the service does not start)',
    'Fix the lines named in the message',
  ),
  PARTNER_FACILITY_UNKNOWN: entry(
    400,
    'The facility was not a registered partner facility on the incident date',
    'Check the facility code; care elsewhere is claimed as nonPartnerCare with its receipts',
  ),
  PAYEE_FROM_LOWER_HEIR_CLASS: entry(
    400,
    'The payee is of a lower heir class than one present',
    'Choose the payee from the highest class',
  ),
  PAYEE_NOT_AN_HEIR: entry(400, 'The payee is not among the heirs', 'Choose a listed heir'),
  PAYEE_NOT_FUNERAL_ARRANGER: entry(
    400,
    'With no heir, only the funeral arranger is paid',
    'Name the funeral arranger as payee',
  ),
  PAYEE_NOT_IN_HEIR_STATEMENT: entry(
    400,
    'The payee is not named in the heir statement',
    'Add the payee to heirStatementMemberIds',
  ),
  PAYOUT_ACCOUNT_LOCKED: entry(
    409,
    'The payout account cannot change now (the payout is requested and the bank refused nothing)',
    'Nothing to do; after a bank refusal the account can be given again',
  ),
  PAYOUT_ACCOUNT_MISSING: entry(
    409,
    'There is no account of the current payee to confirm',
    'Enter the account first (PUT payout-account)',
  ),
  PAYOUT_ATTEMPT_INVALID: entry(400, 'A payout attempt number below 1', 'Report this as a defect'),
  PAYOUT_TRANSFER_REFUSED: entry(
    409,
    'A transfer was refused by the bank and is not paid',
    'Give the payee’s account again (PUT payout-account)',
  ),
  PAYOUT_TRANSFER_UNKNOWN: entry(400, 'No transfer of this claim has this key', 'Check the idempotency key'),
  PERCENT_INVALID: entry(400, 'A percentage that is not a whole number of basis points', 'Report this as a defect'),
  PROGRAMME_INVALID: entry(400, 'A programme other than JKK or JKM', 'Use JKK or JKM'),
  REASON_REQUIRED: entry(400, 'A decision without its reason', 'Give the reason'),
  RECLASSIFY_ONLY_DEATH: entry(
    400,
    'Only a death can move between JKK and JKM',
    'Record stage II as a death first, if it is one',
  ),
  RECLASSIFY_SAME_PROGRAMME: entry(400, 'The claim is already under that programme', 'Nothing to do'),
  REIMBURSEMENT_WITHOUT_RECEIPTS: entry(
    400,
    'A reimbursement assessed without having been declared with its receipts',
    'Reject and reopen the claim, then complete the documents declaring it',
  ),
  SCHOLARSHIP_CHILD_LIMIT: entry(
    400,
    'Two children already hold the claim’s scholarship places',
    'Nothing more can be paid',
  ),
  SCHOLARSHIP_CHILD_MAXIMUM_REACHED: entry(400, 'The child reached the per-child maximum', 'Nothing more can be paid'),
  SCHOLARSHIP_HISTORY_UNKNOWN: entry(
    400,
    'A scholarship line of the claim does not name its child',
    'Report this as a defect',
  ),
  SCHOLARSHIP_NEEDS_PAID_DEATH_CLAIM: entry(
    400,
    'A later school year of a claim not paid as a death',
    'Pay the death claim first',
  ),
  SCHOLARSHIP_NOT_AWAITING_APPROVAL: entry(409, 'The scholarship year is not awaiting approval', 'Nothing to do'),
  SCHOLARSHIP_PAYOUT_BLOCKED: entry(
    400,
    'The claim’s payee account is not usable',
    'Correct the payee’s account first',
  ),
  SCHOLARSHIP_YEARS_INVALID: entry(
    400,
    'Years already paid at a level that are not a whole number ≥ 0',
    'Correct them',
  ),
  SCHOLARSHIP_YEAR_ALREADY_CLAIMED: entry(409, 'This child’s school year is already claimed', 'Nothing to do'),
  SCHOLARSHIP_YEAR_NOT_FOUND: entry(404, 'No such scholarship year of this claim', 'List them (GET scholarship-years)'),
  SCHOOL_CERTIFICATE_REQUIRED: entry(
    400,
    'A school year without the school’s certificate',
    'Give the certificate reference',
  ),
  SCHOOL_LEVEL_INVALID: entry(400, 'An unknown school level', 'Use TK, SD, SMP, SMA or PT'),
  SCHOOL_YEAR_INVALID: entry(400, 'A school year that is not YYYY/YYYY+1', 'Give e.g. 2026/2027'),
  SUPERVISOR_APPROVAL_REQUIRED: entry(
    403,
    'The benefit is above the amount a claims officer may approve',
    'A claims supervisor approves it',
  ),
  TENANT_REQUIRED: entry(400, 'A claim without its sponsoring regency', 'Report this as a defect'),
  TIME_ZONE_INVALID: entry(
    400,
    'An unknown or daylight-saving time zone in the configuration',
    'Fix BUSINESS_TIME_ZONE',
  ),
  WORKER_DECEASED: entry(
    409,
    'The worker’s death is confirmed by another claim (details.deathClaimId); no new accident is reported',
    'If the death came from a work accident, re-classify that claim to JKK',
  ),
  WORKER_REFERENCE_MISMATCH: entry(
    400,
    'The NIK given is not the NIK of the worker id given',
    'Give one of them, or the right pair',
  ),
  WORKER_REFERENCE_REQUIRED: entry(400, 'Neither the worker id nor the NIK was given', 'Give the NIK from the KTP'),
  WORKER_REQUIRED: entry(400, 'A claim without its worker', 'Report this as a defect'),
  WORKING_DAYS_INVALID: entry(400, 'A negative number of working days', 'Report this as a defect'),
};

/** The catalogue as the Markdown table of the claims README. */
export function renderErrorCatalogue(
  catalogue: Readonly<Record<string, CatalogueEntry>> = CLAIMS_ERROR_CATALOGUE,
): string {
  const rows = Object.entries(catalogue)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { status, meaning, remedy }]) => `| \`${code}\` | ${status} | ${meaning} | ${remedy} |`);
  return ['| code | status | meaning | what to do |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
