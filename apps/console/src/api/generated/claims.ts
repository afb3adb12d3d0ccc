// Generated from apps/claims/openapi.json by `npm run docs:openapi`; do not edit by hand.
export interface paths {
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: public (no token). */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: public (no token). */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/bank/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The bank says a transfer changed (signed with HMAC-SHA256 of the body): the transfer is looked up at the bank by its idempotency key and the answer applied (repeats change nothing)
     * @description Roles: public (no token).
     */
    post: operations['BankNotificationsController_notify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/benefits/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Simulate a JKK or JKM case: the benefit lines (code, whole-rupiah amount, the rule and article applied) and their total, under the rule set of the incident date. Nothing is stored
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['BenefitsController_quoteBenefits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims, newest first, with their flags, eligibility and blockedBy; searched by status, programme, worker id, the worker's NIK or name, the claim number, or whose queue they are in (assignedTo)
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/accidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stage I: report a (suspected) JKK work accident by worker id or NIK. Late reports (> 2×24 h) and expired rights (> 5 years) are flagged. 409 ACCIDENT_ALREADY_CLAIMED when an open claim holds this worker's accident of that day
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimsController_accident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The supervisor's overview of their regencies: claims by programme and state, claims with a payment deadline against it (7 working days JKK, 3 JKM: open on time, overdue, paid on time, paid late) and the benefits the bank confirmed per month over the last 12 months
     * @description Roles: claims-supervisor.
     */
    get: operations['ClaimsController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/deaths': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report a death for JKM. 409 DEATH_ALREADY_CLAIMED when this death is already claimed under JKK or JKM
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimsController_death'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Unpaid claims past their payment deadline (7 working days JKK, 3 JKM, from the complete claim), most overdue first
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimsController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One claim: state, flags, document checklist, eligibility now, payouts and audit trail
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve the assessed benefits. No officer who reported, chose the payee, verified, assessed, entered or confirmed the account may approve (409 MAKER_CHECKER_VIOLATION, details.conflictingRole); above the configured amount only a claims-supervisor can (SUPERVISOR_APPROVAL_REQUIRED). With a usable payee account the payout is requested at once; an account enrolment changed within PAYOUT_ACCOUNT_CHANGE_HOLD_DAYS waits for a second officer
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimDecisionsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Calculate the benefit lines under the rule set of the incident date; income and contribution months come from the projections
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimDecisionsController_assess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put the claim in an officer's work queue: a claims supervisor assigns it to anyone (officerId); an officer takes an unassigned claim for themself (403 ASSIGNMENT_NOT_ALLOWED, 409 CLAIM_ALREADY_ASSIGNED)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimsController_assignment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every change of the claim, oldest first: actor, time, reason, before and after
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimsController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The documents checklist (RULES.md §6) with what was received
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimsController_checklist'];
    put?: never;
    /**
     * Record documents received (a code received again replaces the earlier entry)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_recordDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/documents/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare the claim complete: the checklist must be satisfied (400 DOCUMENTS_MISSING names what is missing); the payment deadline starts
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_completeDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/documents/scans/{scanId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One scan as uploaded (shown inline); every view is written to the audit log
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimEvidenceController_viewScan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/documents/{code}/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a scan of a document on the claim's checklist (its code); the document counts as received. PDF, JPEG or PNG judged by content (400 SCAN_TYPE_NOT_ALLOWED), at most DOCUMENT_SCAN_MAX_BYTES (413 FILE_TOO_LARGE names the limit); a code the checklist does not ask for is refused (400 DOCUMENT_NOT_ON_CHECKLIST)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_uploadScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/expiry-override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Let a JKK claim reported more than 5 years after the accident be approved and paid (RULES.md §2; otherwise 409 JKK_CLAIM_EXPIRED), with the reason recorded in the audit trail. Claims supervisors only
     * @description Roles: claims-supervisor.
     */
    post: operations['ClaimDecisionsController_overrideExpiry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/heirs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who would inherit, from the family projection: the statutory classes and the highest present
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimEvidenceController_previewHeirs'];
    put?: never;
    /**
     * Record the heirs and the one payee (PP 44/2015 art. 37(5)); a payee from a lower class while a higher one exists is refused (400 PAYEE_FROM_LOWER_HEIR_CLASS)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_determineHeirs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/payout-account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * The payee's bank account; a holder name that does not match the payee (normalised), or an account entered after approval, waits for a second officer's confirmation. Changed while the claim waits for approval, it withdraws the request (back to verified, assessed again)
     * @description Roles: claims-officer, claims-supervisor.
     */
    put: operations['ClaimEvidenceController_setPayoutAccount'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/payout-account/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A second officer confirms the payout account: a holder name that did not match automatically, an account entered after approval, or one enrolment changed shortly before approval. Neither the officer who entered it nor the approver may (409 MAKER_CHECKER_VIOLATION)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_confirmAccount[0]'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/payout-account/name-confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A second officer confirms the payout account: a holder name that did not match automatically, an account entered after approval, or one enrolment changed shortly before approval. Neither the officer who entered it nor the approver may (409 MAKER_CHECKER_VIOLATION)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_confirmAccount[1]'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/payouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The bank transfers of the claim, one per payable line, with their status
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ClaimsController_payouts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/reclassification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a death between JKK and JKM before approval; the claim keeps its id, heirs and history, and is documented, verified and assessed again
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimDecisionsController_reclassify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a claim before approval, with a reason; deathDisproved retracts the death the claim confirmed (DeathRetracted)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimDecisionsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/reopening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen a rejected claim (back to documents), with a reason; 409 if the death is claimed elsewhere by now
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimDecisionsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/scholarships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The school years requested on the claim after its payment, with their status
     * @description Roles: claims-officer, claims-supervisor.
     */
    get: operations['ScholarshipYearsController_list'];
    put?: never;
    /**
     * Request one school year for one child of a paid death claim: checked against RULES.md §4 with the family projection and the years already paid on the claim; 409 when that year of the child is already claimed
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ScholarshipYearsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/scholarships/{scholarshipYearId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a requested school year (not by the officer who requested it; above the threshold a supervisor) and order its transfer to the claim’s payee
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ScholarshipYearsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/stage-two': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stage II (JKK): the doctor's outcome — recovered, temporary inability, partial or total disability, or death (then the claim is the worker's death claim)
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimEvidenceController_recordStageTwo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify a complete claim: eligibility from the projections (enrolled, not terminated, month paid) and one death paid once. A verified death is confirmed to enrolment
     * @description Roles: claims-officer, claims-supervisor.
     */
    post: operations['ClaimDecisionsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccidentCircumstancesResponse: {
      /** @enum {string} */
      category:
        'at-work' | 'commuting' | 'duty-travel' | 'occupational-disease' | 'sudden-death-at-work' | 'violence-at-work';
      /** @enum {string} */
      coPayer?: 'jasa-raharja';
      trafficAccident: boolean;
    };
    AccidentReportResponse: {
      cause: string;
      /** @enum {string} */
      kind: 'accident';
      place: string;
      policeReportNumber?: string;
      reporter: components['schemas']['ReporterResponse'];
    };
    AccountConfirmationResponse: {
      /** Format: date-time */
      at: string;
      /** @description An officer's token subject (never a name) */
      by: string;
      reason: string;
    };
    AccountNameMatchResponse: {
      normalisedAccountHolder: string;
      normalisedExpected: string;
      /** @enum {string} */
      result: 'match' | 'needs-manual-confirmation';
    };
    ApprovedClaimResponse: {
      /** @description An officer's token subject (never a name) */
      approvedBy?: string;
      assessment?: components['schemas']['AssessmentRecordResponse'];
      /** @description Whose work queue the claim is in (null: nobody's) */
      assignedTo: string | null;
      circumstances?: components['schemas']['AccidentCircumstancesResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      dateOfDeath?: string;
      deathConfirmation?: components['schemas']['DeathConfirmationResponse'];
      details: components['schemas']['ClaimDetailsResponse'];
      documents?: components['schemas']['DocumentsRecordResponse'];
      /** @description A supervisor's override of the 5-year expiry */
      expiryOverride?: components['schemas']['DecisionResponse'];
      /** @description In lists and on GET /v1/claims/{id} */
      flags?: components['schemas']['ClaimFlagsResponse'];
      heirs?: components['schemas']['HeirsRecordResponse'];
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      incidentAt?: string;
      /**
       * Format: date
       * @description The accident (JKK) or the death (JKM)
       * @example 2026-12-07
       */
      incidentDate: string;
      /** @description Compensation for paying after the deadline */
      lateCompensation?: components['schemas']['PayoutLineResponse'];
      outcome?: components['schemas']['RecordedOutcomeResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      paidOn?: string;
      payout?: components['schemas']['PayoutRecordResponse'];
      /**
       * @description Why the payout waits, if it does
       * @enum {string|null}
       */
      payoutBlockedBy:
        | 'PAYOUT_ACCOUNT_MISSING'
        | 'ACCOUNT_NAME_NEEDS_CONFIRMATION'
        | 'ACCOUNT_NEEDS_SECOND_OFFICER'
        | 'PAYOUT_ACCOUNT_REFUSED_BY_BANK'
        | null;
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      programmeHistory: components['schemas']['ProgrammeChangeResponse'][];
      rejection?: components['schemas']['DecisionResponse'];
      /** Format: date-time */
      reportedAt: string;
      /** @enum {string} */
      resolution?: 'paid' | 'rejected';
      /**
       * Format: date-time
       * @description When the claim was first found unpaid after its deadline
       */
      slaBreachedAt: string | null;
      /** @enum {string} */
      status:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed';
      /** @description Who did which step, oldest first (maker-checker) */
      steps: components['schemas']['ClaimStepResponse'][];
      /** @example 76.04 */
      tenant: string;
      /** @description An officer's token subject (never a name) */
      verifiedBy?: string;
      version: number;
      worker: components['schemas']['PersonResponse'];
    };
    AssessClaimRequest: {
      /** @description In the family’s order; at most two are paid */
      children?: components['schemas']['ScholarshipChildDto'][];
      /** @description Glasses, whole rupiah */
      glasses?: number;
      /** @description Home care costs, whole rupiah */
      homeCare?: number;
      /** @description The days of home care (required with homeCare; at most 1 year, RULES.md §2) */
      homeCarePeriod?: components['schemas']['HomeCarePeriodDto'];
      /** @description Receipts of care at a facility that is not a BPJS partner, whole rupiah: reimbursed to the worker in full (JKK_NON_PARTNER_CARE) */
      nonPartnerCare?: number;
      /** @description JKK care at registered partner facilities (RULES.md §2): each facility’s invoices make one JKK_PARTNER_FACILITY_CARE line paid to the facility’s registered account */
      partnerCare?: components['schemas']['PartnerCareInvoiceDto'][];
      /** @description The school year claimed (children’s ages); default the incident date */
      scholarshipAssessmentDate?: string;
      transport?: components['schemas']['TransportDto'][];
    };
    AssessmentRecordResponse: {
      /** @description An officer's token subject (never a name) */
      assessedBy: string;
      /** @description Recorded, not paid (no heir: all but funeral costs) */
      notPayable: components['schemas']['NotPayableLineResponse'][];
      /** @description The lines this claim's payee receives */
      payable: components['schemas']['BenefitLineResponse'][];
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      payableTotal: number;
      result: components['schemas']['BenefitAssessmentResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      scholarshipAssessmentDate?: string;
    };
    AssignClaimRequest: {
      /**
       * @description The officer (token subject) whose queue the claim goes to; the caller's own when omitted
       * @example officer-budi
       */
      officerId?: string;
    };
    BankAccountResponse: {
      accountNumber: string;
      /** @example 002 */
      bankCode: string;
      /** @description The holder's name as the bank's inquiry returned it */
      holderName: string;
    };
    BankNotificationRequest: {
      idempotencyKey: string;
      /** @description What the bank says happened; not trusted, the bank is asked by key */
      status?: string;
    };
    BankNotificationResponse: {
      /** @enum {string} */
      outcome: 'settled' | 'pending' | 'unknown';
    };
    BenefitAssessmentResponse: {
      /** @description Asked for and not payable, with the reason */
      exclusions: components['schemas']['BenefitExclusionResponse'][];
      incomeBasis: components['schemas']['IncomeBasisResponse'];
      lines: components['schemas']['BenefitLineResponse'][];
      /** @example PP-82-2019 */
      ruleSetId: string;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      total: number;
    };
    BenefitExclusionResponse: {
      code: string;
      reason: string;
      subject: string;
    };
    BenefitLineResponse: {
      /** @example 48000000 */
      amount: number;
      /** @example JKK_DEATH_LUMP_SUM */
      code: string;
      /** @description The invoice references a partner facility's line pays */
      invoiceReferences?: string[];
      /** @description Absent: the claim's payee */
      payee?: components['schemas']['LinePayeeResponse'];
      /** @example PP 82/2019 Lampiran III: 60% x 80 x income */
      rule: string;
      /** @description Scholarship lines: the child the year is for */
      subject?: string;
    };
    BenefitQuoteRequest: {
      children?: components['schemas']['ChildDto'][];
      /** @example 14 */
      contributionMonths: number;
      /** @example 1000000 */
      declaredMonthlyIncome: number;
      /** @description Glasses, whole rupiah */
      glasses?: number;
      /** @description Home care costs, whole rupiah */
      homeCare?: number;
      /** @description The days of home care (required with homeCare; at most 1 year, RULES.md §2) */
      homeCarePeriod?: components['schemas']['HomeCarePeriodDto'];
      /** @example 2026-03-02 */
      incidentDate: string;
      /** @description JKM short-membership policy: the day membership began */
      membershipStartDate?: string;
      /** @description Receipts of care at a facility that is not a BPJS partner, whole rupiah: reimbursed to the worker in full (JKK_NON_PARTNER_CARE) */
      nonPartnerCare?: number;
      outcome?: components['schemas']['OutcomeDto'];
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      /** @description The school year claimed (children’s ages); default the incident date */
      scholarshipAssessmentDate?: string;
      transport?: components['schemas']['TransportDto'][];
    };
    BenefitQuoteResponse: {
      /** @example RULES.md §1, PP 44/2015 Lampiran II: declared income within the minimum … */
      basisRule: string;
      /**
       * @description The basis the income-based lines use: as billed, the bracket or the income within Rp1,000,000–20,700,000
       * @example 20700000
       */
      benefitBasis: number;
      /** @example 50000000 */
      declaredMonthlyIncome: number;
      lines: components['schemas']['BenefitLineResponse'][];
      /** @example 70000000 */
      total: number;
    };
    BlockedByResponse: {
      /** @description What to do */
      action: string;
      /** @description The roles that can clear it */
      clearedBy: string[];
      /** @enum {string} */
      code:
        | 'PAYOUT_ACCOUNT_MISSING'
        | 'ACCOUNT_NAME_NEEDS_CONFIRMATION'
        | 'ACCOUNT_NEEDS_SECOND_OFFICER'
        | 'PAYOUT_ACCOUNT_REFUSED_BY_BANK'
        | 'CLAIM_NOT_ELIGIBLE'
        | 'FACILITY_ACCOUNT_REFUSED_BY_BANK';
      /** @description The officer who caused it, who may not clear it */
      notActor?: string;
      /** Format: date-time */
      since: string;
    };
    ChecklistItemResponse: {
      /** @description Any one of them satisfies the row */
      accepts: (
        | 'MEMBERSHIP_CARD_OR_NIK'
        | 'KTP'
        | 'STAGE_I_FORM'
        | 'STAGE_II_FORM'
        | 'DOCTOR_STATEMENT'
        | 'CHRONOLOGY_TWO_WITNESSES'
        | 'POLICE_REPORT'
        | 'VISUM_ET_REPERTUM'
        | 'TRANSPORT_RECEIPTS'
        | 'CARE_RECEIPTS'
        | 'FACILITY_INVOICE'
        | 'GLASSES_RECEIPT'
        | 'KTP_DECEASED'
        | 'KTP_HEIR'
        | 'DEATH_CERTIFICATE'
        | 'FAMILY_CARD'
        | 'HEIR_STATEMENT'
        | 'MARRIAGE_BOOK'
        | 'WILL'
        | 'FUNERAL_ARRANGER_STATEMENT'
        | 'PAYEE_SAVINGS_BOOK'
      )[];
      description: string;
      /** @example jkk-membership */
      id: string;
      /**
       * @description Needed once the heirs are recorded, if the payee is as described
       * @enum {boolean}
       */
      neededOnceHeirsKnown?: true;
      provided: boolean;
      satisfiedBy: (
        | 'MEMBERSHIP_CARD_OR_NIK'
        | 'KTP'
        | 'STAGE_I_FORM'
        | 'STAGE_II_FORM'
        | 'DOCTOR_STATEMENT'
        | 'CHRONOLOGY_TWO_WITNESSES'
        | 'POLICE_REPORT'
        | 'VISUM_ET_REPERTUM'
        | 'TRANSPORT_RECEIPTS'
        | 'CARE_RECEIPTS'
        | 'FACILITY_INVOICE'
        | 'GLASSES_RECEIPT'
        | 'KTP_DECEASED'
        | 'KTP_HEIR'
        | 'DEATH_CERTIFICATE'
        | 'FAMILY_CARD'
        | 'HEIR_STATEMENT'
        | 'MARRIAGE_BOOK'
        | 'WILL'
        | 'FUNERAL_ARRANGER_STATEMENT'
        | 'PAYEE_SAVINGS_BOOK'
      )[];
      /** @description The regulation */
      source: string;
      /** @description When the row applies */
      when: components['schemas']['DocumentConditionsResponse'];
    };
    ChildDto: {
      /** @example 2015-03-03 */
      birthDate: string;
      married: boolean;
      /** @enum {string} */
      schoolLevel: 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';
      working: boolean;
      yearsAlreadyPaidAtLevel?: number;
    };
    CircumstancesDto: {
      /** @enum {string} */
      category:
        'at-work' | 'commuting' | 'duty-travel' | 'occupational-disease' | 'sudden-death-at-work' | 'violence-at-work';
      /** @enum {string} */
      coPayer?: 'jasa-raharja';
      /** @description A traffic accident needs a police report; Jasa Raharja pays first */
      trafficAccident: boolean;
    };
    ClaimAssignmentResponse: {
      /** Format: date-time */
      at: string;
      /** @description An officer's token subject (never a name) */
      by: string;
      /** @description The officer whose work queue holds the claim */
      officerId: string;
    };
    ClaimAuditRowResponse: {
      action: string;
      /** @description An officer's token subject (never a name) */
      actorId: string;
      actorRoles: string[];
      /** @description Changed fields after */
      after: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      at: string;
      /** @description Changed fields before */
      before: {
        [key: string]: unknown;
      } | null;
      /** @enum {string|null} */
      fromStatus:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed'
        | null;
      /** @description SHA-256 chaining this row to the previous one */
      hash: string;
      id: number;
      reason: string | null;
      requestId: string | null;
      /** @enum {string} */
      toStatus:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed';
    };
    ClaimDetailsResponse: {
      assignment?: components['schemas']['ClaimAssignmentResponse'];
      documentScans?: components['schemas']['DocumentScanResponse'][];
      documentsReceived: components['schemas']['ReceivedDocumentResponse'][];
      heirInputs?: components['schemas']['HeirInputsResponse'];
      payoutAccount?: components['schemas']['PayoutAccountResponse'];
      report: components['schemas']['AccidentReportResponse'] | components['schemas']['DeathReportResponse'];
      stageTwo?: components['schemas']['StageTwoDetailsResponse'];
    };
    ClaimFlagsResponse: {
      /** @description JKK: reported more than 5 years after the accident */
      claimExpired: boolean;
      /**
       * Format: date
       * @example 2026-12-07
       */
      paymentDueOn?: string;
      /** @description The payment deadline passed and the claim is not paid */
      paymentOverdue: boolean;
      /** @description JKK: stage I came more than 2×24 h after the accident */
      stageOneReportLate: boolean;
      /** @description JKK: stage II came more than 2×24 h after the doctor's declaration */
      stageTwoReportLate: boolean;
      /**
       * Format: date
       * @example 2026-12-07
       */
      workAccidentDecisionDueOn?: string;
      workAccidentDecisionOverdue: boolean;
    };
    ClaimListItemResponse: {
      /** @description An officer's token subject (never a name) */
      approvedBy?: string;
      assessment?: components['schemas']['AssessmentRecordResponse'];
      /** @description Whose work queue the claim is in (null: nobody's) */
      assignedTo: string | null;
      /** @description null unless more than the next officer's step */
      blockedBy: components['schemas']['BlockedByResponse'] | null;
      circumstances?: components['schemas']['AccidentCircumstancesResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      dateOfDeath?: string;
      /** @description GET /v1/claims/overdue: working days past the deadline */
      daysOverdue?: number;
      deathConfirmation?: components['schemas']['DeathConfirmationResponse'];
      details: components['schemas']['ClaimDetailsResponse'];
      documents?: components['schemas']['DocumentsRecordResponse'];
      /** @description null when the worker left the projection */
      eligibility: components['schemas']['EligibilityResponse'] | null;
      /** @description A supervisor's override of the 5-year expiry */
      expiryOverride?: components['schemas']['DecisionResponse'];
      /** @description In lists and on GET /v1/claims/{id} */
      flags?: components['schemas']['ClaimFlagsResponse'];
      heirs?: components['schemas']['HeirsRecordResponse'];
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      incidentAt?: string;
      /**
       * Format: date
       * @description The accident (JKK) or the death (JKM)
       * @example 2026-12-07
       */
      incidentDate: string;
      /** @description Compensation for paying after the deadline */
      lateCompensation?: components['schemas']['PayoutLineResponse'];
      outcome?: components['schemas']['RecordedOutcomeResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      paidOn?: string;
      payout?: components['schemas']['PayoutRecordResponse'];
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      programmeHistory: components['schemas']['ProgrammeChangeResponse'][];
      rejection?: components['schemas']['DecisionResponse'];
      /** Format: date-time */
      reportedAt: string;
      /** @enum {string} */
      resolution?: 'paid' | 'rejected';
      /**
       * Format: date-time
       * @description When the claim was first found unpaid after its deadline
       */
      slaBreachedAt: string | null;
      /** @enum {string} */
      status:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed';
      /** @description Who did which step, oldest first (maker-checker) */
      steps: components['schemas']['ClaimStepResponse'][];
      /** @example 76.04 */
      tenant: string;
      /** @description An officer's token subject (never a name) */
      verifiedBy?: string;
      version: number;
      worker: components['schemas']['PersonResponse'];
    };
    ClaimPageResponse: {
      items: components['schemas']['ClaimListItemResponse'][];
      total: number;
    };
    ClaimResponse: {
      /** @description An officer's token subject (never a name) */
      approvedBy?: string;
      assessment?: components['schemas']['AssessmentRecordResponse'];
      /** @description Whose work queue the claim is in (null: nobody's) */
      assignedTo: string | null;
      circumstances?: components['schemas']['AccidentCircumstancesResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      dateOfDeath?: string;
      deathConfirmation?: components['schemas']['DeathConfirmationResponse'];
      details: components['schemas']['ClaimDetailsResponse'];
      documents?: components['schemas']['DocumentsRecordResponse'];
      /** @description A supervisor's override of the 5-year expiry */
      expiryOverride?: components['schemas']['DecisionResponse'];
      /** @description In lists and on GET /v1/claims/{id} */
      flags?: components['schemas']['ClaimFlagsResponse'];
      heirs?: components['schemas']['HeirsRecordResponse'];
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      incidentAt?: string;
      /**
       * Format: date
       * @description The accident (JKK) or the death (JKM)
       * @example 2026-12-07
       */
      incidentDate: string;
      /** @description Compensation for paying after the deadline */
      lateCompensation?: components['schemas']['PayoutLineResponse'];
      outcome?: components['schemas']['RecordedOutcomeResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      paidOn?: string;
      payout?: components['schemas']['PayoutRecordResponse'];
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      programmeHistory: components['schemas']['ProgrammeChangeResponse'][];
      rejection?: components['schemas']['DecisionResponse'];
      /** Format: date-time */
      reportedAt: string;
      /** @enum {string} */
      resolution?: 'paid' | 'rejected';
      /**
       * Format: date-time
       * @description When the claim was first found unpaid after its deadline
       */
      slaBreachedAt: string | null;
      /** @enum {string} */
      status:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed';
      /** @description Who did which step, oldest first (maker-checker) */
      steps: components['schemas']['ClaimStepResponse'][];
      /** @example 76.04 */
      tenant: string;
      /** @description An officer's token subject (never a name) */
      verifiedBy?: string;
      version: number;
      worker: components['schemas']['PersonResponse'];
    };
    ClaimStepResponse: {
      /** Format: date-time */
      at: string;
      /** @description An officer's token subject (never a name) */
      by: string;
      /** @enum {string} */
      role:
        | 'reporter'
        | 'payee-chooser'
        | 'verifier'
        | 'assessor'
        | 'account-enterer'
        | 'account-confirmer'
        | 'approver'
        | 'scholarship-requester';
    };
    ClaimViewResponse: {
      /** @description An officer's token subject (never a name) */
      approvedBy?: string;
      assessment?: components['schemas']['AssessmentRecordResponse'];
      /** @description Whose work queue the claim is in (null: nobody's) */
      assignedTo: string | null;
      audit: components['schemas']['ClaimAuditRowResponse'][];
      /** @description null unless more than the next officer's step */
      blockedBy: components['schemas']['BlockedByResponse'] | null;
      checklist: components['schemas']['ChecklistItemResponse'][];
      circumstances?: components['schemas']['AccidentCircumstancesResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      dateOfDeath?: string;
      /** @description GET /v1/claims/overdue: working days past the deadline */
      daysOverdue?: number;
      deathConfirmation?: components['schemas']['DeathConfirmationResponse'];
      details: components['schemas']['ClaimDetailsResponse'];
      documents?: components['schemas']['DocumentsRecordResponse'];
      /** @description null when the worker left the projection */
      eligibility: components['schemas']['EligibilityResponse'] | null;
      /** @description A supervisor's override of the 5-year expiry */
      expiryOverride?: components['schemas']['DecisionResponse'];
      /** @description In lists and on GET /v1/claims/{id} */
      flags?: components['schemas']['ClaimFlagsResponse'];
      heirs?: components['schemas']['HeirsRecordResponse'];
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      incidentAt?: string;
      /**
       * Format: date
       * @description The accident (JKK) or the death (JKM)
       * @example 2026-12-07
       */
      incidentDate: string;
      /** @description Compensation for paying after the deadline */
      lateCompensation?: components['schemas']['PayoutLineResponse'];
      outcome?: components['schemas']['RecordedOutcomeResponse'];
      /**
       * Format: date
       * @example 2026-12-07
       */
      paidOn?: string;
      payout?: components['schemas']['PayoutRecordResponse'];
      payouts: components['schemas']['PayoutResponse'][];
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      programmeHistory: components['schemas']['ProgrammeChangeResponse'][];
      rejection?: components['schemas']['DecisionResponse'];
      /** Format: date-time */
      reportedAt: string;
      /** @enum {string} */
      resolution?: 'paid' | 'rejected';
      /**
       * Format: date-time
       * @description When the claim was first found unpaid after its deadline
       */
      slaBreachedAt: string | null;
      /** @enum {string} */
      status:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed';
      /** @description Who did which step, oldest first (maker-checker) */
      steps: components['schemas']['ClaimStepResponse'][];
      /** @example 76.04 */
      tenant: string;
      /** @description An officer's token subject (never a name) */
      verifiedBy?: string;
      version: number;
      worker: components['schemas']['PersonResponse'];
    };
    ClaimsDashboardResponse: {
      /**
       * Format: date
       * @example 2026-12-07
       */
      asOf: string;
      byState: components['schemas']['StateCountResponse'][];
      deadlines: components['schemas']['DeadlineStandingResponse'][];
      /** @description Benefits the bank confirmed, the last 12 months */
      payoutsPerMonth: components['schemas']['PayoutMonthResponse'][];
    };
    CoHeirResponse: {
      /**
       * Format: date
       * @example 2026-12-07
       */
      consentedOn: string;
      heir: components['schemas']['HeirCandidateResponse'];
    };
    CompleteDocumentsRequest: {
      /** @description Costs to reimburse: each needs receipts */
      reimbursementsClaimed?: ('transport' | 'non-partner-care' | 'partner-facility-care' | 'glasses')[];
    };
    DeadlineStandingResponse: {
      openOnTime: number;
      openOverdue: number;
      paidLate: number;
      paidOnTime: number;
      /** @description Working days from complete and eligible to paid (7 JKK, 3 JKM) */
      paymentWorkingDays: number;
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      /** @description Where the deadline comes from */
      rule: string;
    };
    DeathConfirmationResponse: {
      /** Format: date-time */
      confirmedAt: string;
      /** @description An officer's token subject (never a name) */
      confirmedBy: string;
      /**
       * Format: date
       * @example 2026-12-07
       */
      dateOfDeath: string;
      retraction?: components['schemas']['DeathRetractionResponse'];
    };
    DeathReportResponse: {
      causeOfDeath: string;
      deathCertificateNumber: string;
      /** @enum {string} */
      kind: 'death';
      placeOfDeath?: string;
      reporter: components['schemas']['ReporterResponse'];
    };
    DeathRetractionResponse: {
      /** Format: date-time */
      at: string;
      /** @description An officer's token subject (never a name) */
      by: string;
      /** @enum {string} */
      code: 'DEATH_CERTIFICATE_FORGED' | 'WORKER_FOUND_ALIVE' | 'WRONG_PERSON_IDENTIFIED' | 'OTHER';
    };
    DecisionResponse: {
      /** Format: date-time */
      at: string;
      /** @description An officer's token subject (never a name) */
      by: string;
      reason: string;
    };
    DetermineHeirsRequest: {
      /** @description Consent of every other heir of the payee’s class */
      consents?: components['schemas']['HeirConsentDto'][];
      /** @description Relatives on the family card who died before the worker */
      deceasedMemberIds?: string[];
      funeralArranger?: components['schemas']['OutsidePersonDto'];
      /** @description Family-member ids named in the heir statement */
      heirStatementMemberIds: string[];
      /** @description A family-member id, or the NIK of the will beneficiary or funeral arranger */
      payeeId: string;
      willBeneficiary?: components['schemas']['OutsidePersonDto'];
    };
    DisabilityTableItemResponse: {
      code: string;
      percent?: number;
      units?: number;
    };
    DocumentConditionsResponse: {
      categories?: (
        'at-work' | 'commuting' | 'duty-travel' | 'occupational-disease' | 'sudden-death-at-work' | 'violence-at-work'
      )[];
      heirRelationships?: (
        | 'spouse'
        | 'child'
        | 'parent'
        | 'grandparent'
        | 'grandchild'
        | 'sibling'
        | 'half-sibling'
        | 'parent-in-law'
        | 'former-spouse'
        | 'other'
        | 'will-beneficiary'
      )[];
      /** @enum {boolean} */
      heirStatementBacked?: true;
      outcomes?: ('death' | 'total-disability' | 'partial-disability' | 'temporary-disability' | 'recovered')[];
      payeeKinds?: ('worker' | 'heir' | 'funeral-arranger')[];
      programmes?: ('JKK' | 'JKM')[];
      reimbursements?: ('transport' | 'non-partner-care' | 'partner-facility-care' | 'glasses')[];
      /** @enum {boolean} */
      trafficAccident?: true;
    };
    DocumentScanResponse: {
      /** @enum {string} */
      code:
        | 'MEMBERSHIP_CARD_OR_NIK'
        | 'KTP'
        | 'STAGE_I_FORM'
        | 'STAGE_II_FORM'
        | 'DOCTOR_STATEMENT'
        | 'CHRONOLOGY_TWO_WITNESSES'
        | 'POLICE_REPORT'
        | 'VISUM_ET_REPERTUM'
        | 'TRANSPORT_RECEIPTS'
        | 'CARE_RECEIPTS'
        | 'FACILITY_INVOICE'
        | 'GLASSES_RECEIPT'
        | 'KTP_DECEASED'
        | 'KTP_HEIR'
        | 'DEATH_CERTIFICATE'
        | 'FAMILY_CARD'
        | 'HEIR_STATEMENT'
        | 'MARRIAGE_BOOK'
        | 'WILL'
        | 'FUNERAL_ARRANGER_STATEMENT'
        | 'PAYEE_SAVINGS_BOOK';
      /**
       * @description Judged from the content, not the name
       * @enum {string}
       */
      contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
      /** @description The uploader's file name */
      fileName: string;
      /** Format: uuid */
      id: string;
      /** @description SHA-256 of the stored bytes, hex */
      sha256: string;
      sizeBytes: number;
      /** Format: date-time */
      uploadedAt: string;
      /** @description An officer's token subject (never a name) */
      uploadedBy: string;
    };
    DocumentsRecordResponse: {
      /**
       * Format: date
       * @example 2026-12-07
       */
      clockStartedOn?: string;
      /**
       * Format: date
       * @example 2026-12-07
       */
      completedOn: string;
      /**
       * Format: date
       * @example 2026-12-07
       */
      eligibleOn?: string;
      /**
       * Format: date
       * @description The statutory payment deadline (7 working days JKK, 3 JKM)
       * @example 2026-12-07
       */
      paymentDueOn?: string;
      provided: (
        | 'MEMBERSHIP_CARD_OR_NIK'
        | 'KTP'
        | 'STAGE_I_FORM'
        | 'STAGE_II_FORM'
        | 'DOCTOR_STATEMENT'
        | 'CHRONOLOGY_TWO_WITNESSES'
        | 'POLICE_REPORT'
        | 'VISUM_ET_REPERTUM'
        | 'TRANSPORT_RECEIPTS'
        | 'CARE_RECEIPTS'
        | 'FACILITY_INVOICE'
        | 'GLASSES_RECEIPT'
        | 'KTP_DECEASED'
        | 'KTP_HEIR'
        | 'DEATH_CERTIFICATE'
        | 'FAMILY_CARD'
        | 'HEIR_STATEMENT'
        | 'MARRIAGE_BOOK'
        | 'WILL'
        | 'FUNERAL_ARRANGER_STATEMENT'
        | 'PAYEE_SAVINGS_BOOK'
      )[];
      reimbursementsClaimed: ('transport' | 'non-partner-care' | 'partner-facility-care' | 'glasses')[];
    };
    EligibilityResponse: {
      eligible: boolean;
      reasons: components['schemas']['IneligibilityReasonResponse'][];
    };
    ErrorResponse: {
      /** @description Safe facts for the caller, e.g. the id of the existing record on a conflict */
      details?: {
        [key: string]: string | number | boolean;
      };
      /**
       * @description The stable error code of a rule (apps/claims/README.md lists claims'), or the HTTP reason (`Bad Request`) of a malformed request
       * @example CLAIM_NOT_FOUND
       */
      error?: string;
      /** @description What is wrong, for the officer */
      message: string;
      /** @example 404 */
      statusCode: number;
      /** @description Every bad field at once */
      violations?: components['schemas']['ViolationResponse'][];
    };
    FacilityPayeeResponse: {
      /** @description The facility's account from the partner-facility register */
      bankAccount: components['schemas']['BankAccountResponse'];
      /** @example PLKK-7604-001 */
      facilityCode: string;
      /** @example facility:PLKK-7604-001 */
      id: string;
      name: string;
    };
    FuneralArrangerPayeeResponse: {
      /** @enum {number} */
      heirClass: 6;
      /** @enum {string} */
      kind: 'funeral-arranger';
      payee: components['schemas']['PersonResponse'];
    };
    HeirCandidateResponse: {
      /** @description PP 44/2015 art. 37(5) class */
      heirClass: number;
      /** @description Worker id, family-member id, or NIK of someone outside the family card */
      id: string;
      name: string;
      /** @enum {string} */
      relationship:
        | 'spouse'
        | 'child'
        | 'parent'
        | 'grandparent'
        | 'grandchild'
        | 'sibling'
        | 'half-sibling'
        | 'parent-in-law'
        | 'former-spouse'
        | 'other'
        | 'will-beneficiary';
    };
    HeirConsentDto: {
      /** @example 2026-03-05 */
      consentedOn: string;
      /** Format: uuid */
      memberId: string;
    };
    HeirDeterminationResponse: {
      candidates: components['schemas']['HeirCandidateResponse'][];
      candidatesMissingFromHeirStatement: components['schemas']['HeirCandidateResponse'][];
      funeralArranger?: components['schemas']['PersonResponse'];
      /** @description The highest class present; 6: nobody */
      heirClass: number;
      lowerClassRelatives: components['schemas']['HeirCandidateResponse'][];
    };
    HeirInputsResponse: {
      deceasedMemberIds: string[];
    };
    HeirPayeeResponse: {
      /** @description The same class: each consented */
      coHeirs: components['schemas']['CoHeirResponse'][];
      heirClass: number;
      /** @enum {string} */
      kind: 'heir';
      payee: components['schemas']['HeirCandidateResponse'];
    };
    HeirsRecordResponse: {
      determination: components['schemas']['HeirDeterminationResponse'];
      payee: components['schemas']['HeirPayeeResponse'] | components['schemas']['FuneralArrangerPayeeResponse'];
    };
    HomeCarePeriodDto: {
      /** @example 2026-03-10 */
      from: string;
      /** @example 2026-09-09 */
      until: string;
    };
    IncomeBasisResponse: {
      /**
       * @description What the income-based lines are computed on (RULES.md §1)
       * @example 1000000
       */
      basis: number;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      declaredMonthlyIncome: number;
      rule: string;
    };
    IneligibilityReasonResponse: {
      /** @example MONTH_BILLED_UNPAID */
      code: string;
      /**
       * @description What the officer acts on: the invoice number, its due date, when billing is expected
       * @example {
       *       "dueDate": "2026-12-15",
       *       "invoiceNumber": "JRG-7604-202612-02"
       *     }
       */
      details?: {
        [key: string]: string;
      };
      message: string;
    };
    LinePayeeResponse: {
      /** @example PLKK-7604-001 */
      facilityCode: string;
      /** @enum {string} */
      kind: 'partner-facility';
    };
    NotPayableLineResponse: {
      line: components['schemas']['BenefitLineResponse'];
      reason: string;
    };
    OutcomeDetailsResponse: {
      /** @enum {string} */
      dominantHand?: 'right' | 'left';
      functionLossPercent?: number;
      inabilityDays?: number;
      inabilityMonths?: number;
      /**
       * Format: date
       * @example 2026-12-07
       */
      inabilityStartDate?: string;
      /** @description Disability table entries: a code, or a code with its percent or units */
      tableItems?: (string | components['schemas']['DisabilityTableItemResponse'])[];
      tablePercent?: number;
      /** @enum {string} */
      type: 'death' | 'total-disability' | 'partial-disability' | 'temporary-disability' | 'recovered';
    };
    OutcomeDto: {
      /** @enum {string} */
      dominantHand?: 'right' | 'left';
      /** @description Functional partial disability: percentage of function lost */
      functionLossPercent?: number;
      /** @description Days of inability beyond the whole months */
      inabilityDays?: number;
      /** @description Whole months of temporary inability to work (STMB) */
      inabilityMonths?: number;
      /** @example 2026-03-02 */
      inabilityStartDate?: string;
      /** @description Partial disability: table item codes lost (their percentages add up) */
      tableItems?: string[];
      /** @description Partial disability: the table percentage (35 for one eye) */
      tablePercent?: number;
      /** @enum {string} */
      type: 'death' | 'total-disability' | 'partial-disability' | 'temporary-disability' | 'recovered';
    };
    OutsidePersonDto: {
      name: string;
      /** @example 7604015507800002 */
      nik: string;
    };
    OverdueClaimsResponse: {
      /**
       * Format: date
       * @example 2026-12-07
       */
      asOf: string;
      items: components['schemas']['ClaimListItemResponse'][];
      total: number;
    };
    PartnerCareInvoiceDto: {
      /**
       * @description The invoice amount, whole rupiah: paid in full (no cap)
       * @example 3450000
       */
      amount: number;
      /**
       * @description The facility’s code in the partner-facility register
       * @example PLKK-7604-001
       */
      facilityCode: string;
      /**
       * @description The facility’s invoice number (the document paid on)
       * @example INV/RSUD-PM/2026/0113
       */
      invoiceReference: string;
    };
    PayoutAccountRequest: {
      /** @example 123401000123507 */
      accountNumber: string;
      /**
       * @description The bank’s code
       * @example 002
       */
      bankCode: string;
      /** @description As printed in the savings account book */
      holderName: string;
    };
    PayoutAccountResponse: {
      accountNumber: string;
      /** @example 002 */
      bankCode: string;
      /**
       * Format: date-time
       * @description Changed in enrolment shortly before approval
       */
      changedInEnrolmentAt?: string;
      confirmation?: components['schemas']['AccountConfirmationResponse'];
      /**
       * @description Entered after approval: paid only once another officer confirms
       * @enum {boolean}
       */
      enteredAfterApproval?: true;
      /** @description The holder's name as the bank's inquiry returned it */
      holderName: string;
      nameCheck: components['schemas']['AccountNameMatchResponse'];
      /** @description The payee the account was checked for */
      payee: components['schemas']['PersonResponse'];
      refusedByBank?: components['schemas']['RefusalResponse'];
      /** Format: date-time */
      setAt: string;
      /** @description An officer's token subject (never a name) */
      setBy: string;
      /** @enum {string} */
      source: 'enrolment' | 'officer';
    };
    PayoutLineResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** @description Absent on the first transfer; 2, 3... when sent again */
      attempt?: number;
      code: string;
      /** @description A partner facility's line: paid to the facility, not to the claim's payee */
      facility?: components['schemas']['FacilityPayeeResponse'];
      idempotencyKey: string;
      /** @description The bank refused this transfer for good */
      rejection?: components['schemas']['RefusalResponse'];
      rule: string;
    };
    PayoutMonthResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** @example 2026-12 */
      month: string;
      payouts: number;
    };
    PayoutNameCheckResponse: {
      /** @description An officer's token subject (never a name) */
      confirmedBy?: string;
      normalisedAccountHolder: string;
      normalisedExpected: string;
      /** @enum {string} */
      result: 'match' | 'needs-manual-confirmation';
    };
    PayoutRecordResponse: {
      /** @description The payee's account; absent when every line goes to partner facilities */
      bankAccount?: components['schemas']['BankAccountResponse'];
      lines: components['schemas']['PayoutLineResponse'][];
      nameCheck?: components['schemas']['PayoutNameCheckResponse'];
      payee: components['schemas']['PersonResponse'];
      refusedTransfers?: components['schemas']['RefusedTransferResponse'][];
      /** Format: date-time */
      requestedAt: string;
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      total: number;
    };
    PayoutResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      attempts: number;
      bankAccount: components['schemas']['BankAccountResponse'];
      /** @description The bank's reference once completed */
      bankReference: string | null;
      /** Format: date-time */
      completedAt: string | null;
      componentCode: string;
      failureReason: string | null;
      /** @description The transfer key: no retry or replay pays twice */
      idempotencyKey: string;
      lastError: string | null;
      /** Format: date-time */
      nextAttemptAt: string | null;
      payeeId: string;
      payeeName: string;
      /** @enum {string} */
      purpose: 'benefit' | 'late-payment-compensation' | 'scholarship';
      rule: string;
      /** @enum {string} */
      status: 'requested' | 'sent' | 'confirmed' | 'failed';
    };
    PersonResponse: {
      /** @description Worker id, family-member id, or NIK of someone outside the family card */
      id: string;
      name: string;
    };
    ProgrammeChangeResponse: {
      /** Format: date-time */
      at: string;
      /** @description An officer's token subject (never a name) */
      by: string;
      /** @enum {string} */
      from: 'JKK' | 'JKM';
      reason: string;
      /** @enum {string} */
      to: 'JKK' | 'JKM';
    };
    ReasonRequest: {
      /** @example The incident month was not paid */
      reason: string;
    };
    ReceivedDocumentDto: {
      /** @enum {string} */
      code:
        | 'MEMBERSHIP_CARD_OR_NIK'
        | 'KTP'
        | 'STAGE_I_FORM'
        | 'STAGE_II_FORM'
        | 'DOCTOR_STATEMENT'
        | 'CHRONOLOGY_TWO_WITNESSES'
        | 'POLICE_REPORT'
        | 'VISUM_ET_REPERTUM'
        | 'TRANSPORT_RECEIPTS'
        | 'CARE_RECEIPTS'
        | 'FACILITY_INVOICE'
        | 'GLASSES_RECEIPT'
        | 'KTP_DECEASED'
        | 'DEATH_CERTIFICATE'
        | 'FAMILY_CARD'
        | 'KTP_HEIR'
        | 'HEIR_STATEMENT'
        | 'MARRIAGE_BOOK'
        | 'WILL'
        | 'FUNERAL_ARRANGER_STATEMENT'
        | 'PAYEE_SAVINGS_BOOK';
      /** @description Default today */
      receivedOn?: string;
      /** @description Number or archive reference of the document */
      reference?: string;
    };
    ReceivedDocumentResponse: {
      /** @enum {string} */
      code:
        | 'MEMBERSHIP_CARD_OR_NIK'
        | 'KTP'
        | 'STAGE_I_FORM'
        | 'STAGE_II_FORM'
        | 'DOCTOR_STATEMENT'
        | 'CHRONOLOGY_TWO_WITNESSES'
        | 'POLICE_REPORT'
        | 'VISUM_ET_REPERTUM'
        | 'TRANSPORT_RECEIPTS'
        | 'CARE_RECEIPTS'
        | 'FACILITY_INVOICE'
        | 'GLASSES_RECEIPT'
        | 'KTP_DECEASED'
        | 'KTP_HEIR'
        | 'DEATH_CERTIFICATE'
        | 'FAMILY_CARD'
        | 'HEIR_STATEMENT'
        | 'MARRIAGE_BOOK'
        | 'WILL'
        | 'FUNERAL_ARRANGER_STATEMENT'
        | 'PAYEE_SAVINGS_BOOK';
      /**
       * Format: date
       * @example 2026-12-07
       */
      receivedOn: string;
      /** Format: date-time */
      recordedAt: string;
      /** @description An officer's token subject (never a name) */
      recordedBy: string;
      /** @description The document's own number or the office's reference */
      reference?: string;
    };
    ReclassifyRequest: {
      /** @description To JKK: the accident date (default the date of death) */
      accidentDate?: string;
      /** @description To JKK: what happened */
      circumstances?: components['schemas']['CircumstancesDto'];
      /** @example The incident month was not paid */
      reason: string;
      /** @enum {string} */
      to: 'JKK' | 'JKM';
    };
    RecordDocumentsRequest: {
      documents: components['schemas']['ReceivedDocumentDto'][];
    };
    RecordedOutcomeResponse: {
      /**
       * Format: date
       * @description The doctor's declaration
       * @example 2026-12-07
       */
      declaredOn: string;
      details: components['schemas']['OutcomeDetailsResponse'];
      /** Format: date-time */
      recordedAt: string;
    };
    RefusalResponse: {
      /** Format: date-time */
      at: string;
      reason: string;
    };
    RefusedTransferResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** Format: date-time */
      at: string;
      attempt: number;
      code: string;
      idempotencyKey: string;
      reason: string;
    };
    RejectRequest: {
      /** @description The death itself is disproved (e.g. a forged death certificate): the death this claim confirmed is retracted and enrolment restores the worker. Only on a claim whose death was confirmed and not yet retracted; leave it out for any other rejection (unpaid month, other programme) */
      deathDisproved?: boolean;
      /**
       * @description Required with deathDisproved
       * @enum {string}
       */
      disproofCode?: 'DEATH_CERTIFICATE_FORGED' | 'WORKER_FOUND_ALIVE' | 'WRONG_PERSON_IDENTIFIED' | 'OTHER';
      /** @example The incident month was not paid */
      reason: string;
    };
    ReportAccidentRequest: {
      /** @example Ojek hit by a truck while carrying a passenger */
      cause: string;
      circumstances: components['schemas']['CircumstancesDto'];
      /**
       * @description The instant, when known
       * @example 2026-03-02T01:30:00Z
       */
      incidentAt?: string;
      /** @example 2026-03-02 */
      incidentDate: string;
      /** @example 7604011203850001 */
      nik?: string;
      /** @example Jl. Poros Polewali–Majene km 12 */
      place: string;
      /** @example LP/123/III/2026/Lantas */
      policeReportNumber?: string;
      reporter: components['schemas']['ReporterDto'];
      /** Format: uuid */
      workerId?: string;
    };
    ReportDeathRequest: {
      /** @example heart failure */
      causeOfDeath: string;
      /** @example 2026-03-02 */
      dateOfDeath: string;
      /** @example 7604-KM-03032026-0001 */
      deathCertificateNumber: string;
      /** @example 7604011203850001 */
      nik?: string;
      placeOfDeath?: string;
      reporter: components['schemas']['ReporterDto'];
      /** Format: uuid */
      workerId?: string;
    };
    ReporterDto: {
      /**
       * @description Who brought the report to the office
       * @example Siti Aminah
       */
      name: string;
      /** @example +6281234567890 */
      phone?: string;
      /** @example wife */
      relationship?: string;
    };
    ReporterResponse: {
      /** @description Who brought the report to the office */
      name: string;
      phone?: string;
      relationship?: string;
    };
    ScholarshipChildDto: {
      /**
       * Format: uuid
       * @description The child on the worker’s family card
       */
      memberId: string;
      /** @enum {string} */
      schoolLevel: 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';
      yearsAlreadyPaidAtLevel?: number;
    };
    ScholarshipEvidenceDto: {
      /** @description The school’s (or university’s) certificate that the child is enrolled for the year */
      schoolCertificateNumber: string;
      schoolName?: string;
    };
    ScholarshipEvidenceResponse: {
      schoolCertificateNumber: string;
      schoolName?: string;
    };
    ScholarshipPayoutResponse: {
      bankAccount: components['schemas']['BankAccountResponse'];
      idempotencyKey: string;
      payee: components['schemas']['PersonResponse'];
    };
    ScholarshipYearRequest: {
      /**
       * Format: uuid
       * @description The child on the worker’s family card (family projection)
       */
      childMemberId: string;
      evidence: components['schemas']['ScholarshipEvidenceDto'];
      /** @enum {string} */
      level: 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';
      /**
       * @description School years run from July to June
       * @example 2027/2028
       */
      schoolYear: string;
    };
    ScholarshipYearResponse: {
      /**
       * @description Whole rupiah
       * @example 1000000
       */
      amount: number;
      /** Format: date-time */
      approvedAt?: string;
      /** @description An officer's token subject (never a name) */
      approvedBy?: string;
      childId: string;
      /** Format: uuid */
      claimId: string;
      code: string;
      evidence: components['schemas']['ScholarshipEvidenceResponse'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      level: 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';
      /** Format: date-time */
      paidAt?: string;
      payout?: components['schemas']['ScholarshipPayoutResponse'];
      refusal?: components['schemas']['RefusalResponse'];
      /** Format: date-time */
      requestedAt: string;
      /** @description An officer's token subject (never a name) */
      requestedBy: string;
      rule: string;
      /** @example 2027/2028 */
      schoolYear: string;
      /** @enum {string} */
      status: 'requested' | 'payout-requested' | 'paid' | 'refused';
    };
    StageTwoDetailsResponse: {
      doctorName?: string;
      healthFacility?: string;
    };
    StageTwoRequest: {
      /** @description Required when the outcome is death */
      dateOfDeath?: string;
      /**
       * @description The day the doctor declared the outcome
       * @example 2026-04-20
       */
      declaredOn: string;
      doctorName?: string;
      healthFacility?: string;
      outcome: components['schemas']['OutcomeDto'];
    };
    StateCountResponse: {
      count: number;
      /** @enum {string} */
      programme: 'JKK' | 'JKM';
      /** @enum {string} */
      status:
        | 'reported'
        | 'stage-ii-recorded'
        | 'death-reported'
        | 'heirs-determined'
        | 'documents-complete'
        | 'verified'
        | 'rejected'
        | 'assessed'
        | 'approved'
        | 'payout-requested'
        | 'paid'
        | 'closed';
    };
    TransportDto: {
      /**
       * @description Whole rupiah, as receipted
       * @example 6500000
       */
      amount: number;
      /** @enum {string} */
      mode: 'land' | 'sea' | 'air';
    };
    ViolationResponse: {
      /** @example NIK_INVALID */
      code: string;
      /**
       * @description The input field, as a path (`family[0].nik`)
       * @example nik
       */
      field?: string;
      /** @example nik must be 16 digits */
      message: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       },
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example error
             * @enum {string}
             */
            status?: 'error' | 'shutting_down';
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       },
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "message": "Could not connect",
             *         "responseTime": 3005,
             *         "status": "down"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "responseTime": 12,
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example error
             * @enum {string}
             */
            status?: 'error' | 'shutting_down';
          };
        };
      };
    };
  };
  BankNotificationsController_notify: {
    parameters: {
      query?: never;
      header?: {
        /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body"> */
        'x-jaring-signature'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BankNotificationRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankNotificationResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Unsigned, wrongly signed, or signed more than 5 minutes ago */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  BenefitsController_quoteBenefits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BenefitQuoteRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BenefitQuoteResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many expensive requests: wait a minute */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_list: {
    parameters: {
      query?: {
        status?:
          | 'reported'
          | 'stage-ii-recorded'
          | 'death-reported'
          | 'heirs-determined'
          | 'documents-complete'
          | 'verified'
          | 'rejected'
          | 'assessed'
          | 'approved'
          | 'payout-requested'
          | 'paid'
          | 'closed';
        programme?: 'JKK' | 'JKM';
        workerId?: string;
        limit?: number;
        offset?: number;
        /** @description The worker's NIK (from the KTP) */
        nik?: string;
        /** @description Part of the worker's name, any case */
        workerName?: string;
        /** @description The claim number: its id, or the first 8 or more characters of it (as on bank references) */
        claimNumber?: string;
        /** @description Whose work queue: 'me' (the caller), 'none' (unassigned claims) or an officer's id (token subject) */
        assignedTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimPageResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_accident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportAccidentRequest'];
      };
    };
    responses: {
      /** @description The claim, status reported */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_overview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimsDashboardResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_death: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportDeathRequest'];
      };
    };
    responses: {
      /** @description The claim, status death-reported */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_overdue: {
    parameters: {
      query?: {
        status?:
          | 'reported'
          | 'stage-ii-recorded'
          | 'death-reported'
          | 'heirs-determined'
          | 'documents-complete'
          | 'verified'
          | 'rejected'
          | 'assessed'
          | 'approved'
          | 'payout-requested'
          | 'paid'
          | 'closed';
        programme?: 'JKK' | 'JKM';
        workerId?: string;
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueClaimsResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimViewResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim, and payoutBlockedBy when the payout waits for an account or a name check */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovedClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_assess: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessClaimRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_assignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignClaimRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_audit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimAuditRowResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_checklist: {
    parameters: {
      query?: {
        reimbursements?: ('transport' | 'non-partner-care' | 'partner-facility-care' | 'glasses')[];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChecklistItemResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_recordDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDocumentsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_completeDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteDocumentsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_viewScan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        scanId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scan as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Busy: retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_uploadScan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The scan: PDF, JPEG or PNG
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentScanResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Larger than the stated limit */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Busy: retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_overrideExpiry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_previewHeirs: {
    parameters: {
      query?: {
        deceasedMemberIds?: string[];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeirDeterminationResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_determineHeirs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DetermineHeirsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_setPayoutAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PayoutAccountRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  'ClaimEvidenceController_confirmAccount[0]': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  'ClaimEvidenceController_confirmAccount[1]': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimsController_payouts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayoutResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_reclassify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReclassifyRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScholarshipYearsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScholarshipYearResponse'][];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScholarshipYearsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScholarshipYearRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScholarshipYearResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ScholarshipYearsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        scholarshipYearId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScholarshipYearResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimEvidenceController_recordStageTwo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StageTwoRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ClaimDecisionsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimResponse'];
        };
      };
      /** @description The request is invalid: `violations` names every bad field, or `error` the broken rule */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A role or regency that may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not found (or in a regency the token does not name) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The record is not in a state that allows this, or collides with another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
