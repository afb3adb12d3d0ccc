// Generated from apps/enrolment/openapi.json by `npm run docs:openapi`; do not edit by hand.
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
  '/v1/backdated-enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Backdated enrolments, oldest first (filter by status: the approval queue)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    get: operations['BackdatedEnrolmentsController_list'];
    put?: never;
    /**
     * Ask for an enrolment dated before the enrolment window, with a reason: 202, the registration waits as pending-backdating-approval (400 names every invalid field; 409 for a NIK already enrolled)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['BackdatedEnrolmentsController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/backdated-enrolments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One backdated enrolment with its decision
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    get: operations['BackdatedEnrolmentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/backdated-enrolments/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An enrolment supervisor other than the officer who asked approves, with a reason: the worker is enrolled from the requested date (201; 409 MAKER_CHECKER_VIOLATION naming the conflicting role, or when already decided)
     * @description Roles: enrolment-supervisor.
     */
    post: operations['BackdatedEnrolmentsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/backdated-enrolments/{id}/refusal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An enrolment supervisor other than the officer who asked refuses, with a reason
     * @description Roles: enrolment-supervisor.
     */
    post: operations['BackdatedEnrolmentsController_refuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The import jobs, newest first, with their progress and outcome (filter by status, tenant)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    get: operations['ImportsController_list'];
    put?: never;
    /**
     * Upload a CSV or XLSX list (up to 100,000 rows): 202 with the job; 200 with the earlier job for a file already uploaded
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['ImportsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The documented import template (CSV or XLSX); columns are explained in the service README
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    get: operations['ImportsController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Progress while running (processed of total, accepted, rejected), then the outcome
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    get: operations['ImportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/imports/{id}/errors.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The error report: row, field, code, message for every problem (no full NIK)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    get: operations['ImportsController_errors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sponsors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, enrolment-officer, finance. */
    get: operations['SponsorsController_list'];
    put?: never;
    /**
     * Register a sponsor with its PKS, programmes and declared-income basis (admin)
     * @description Roles: admin.
     */
    post: operations['SponsorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sponsors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Roles: admin, enrolment-officer, finance. */
    get: operations['SponsorsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search workers by NIK, name prefix, desa, status; NIKs are masked in the list
     * @description Roles: enrolment-officer, enrolment-supervisor, claims-officer, claims-supervisor.
     */
    get: operations['WorkersController_search'];
    put?: never;
    /**
     * Enrol a worker (400 names every invalid field; 409 with the existing id for a known NIK)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['WorkersController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One worker with family (possible heirs) and status history; NIKs, family card and account number in full for enrolment officers only, masked for other roles
     * @description Roles: enrolment-officer, enrolment-supervisor, claims-officer, claims-supervisor.
     */
    get: operations['WorkersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a worker's details (never the NIK); publishes WorkerUpdated
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    patch: operations['WorkersController_update'];
    trace?: never;
  };
  '/v1/workers/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * pending → active (not before the coverage start)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['WorkerLifecycleController_activate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every change of the worker, oldest first, from enrolment's hash-chained audit log: who (subject and roles), when, before and after, request id and reason. For supervisors
     * @description Roles: enrolment-supervisor, claims-supervisor, admin.
     */
    get: operations['WorkersController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/confirm-not-duplicate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * After review: the flagged worker is a different person; clears the probable-duplicate flag
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['WorkersController_confirmDistinct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/family': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * List a family member from the KK (the worker needs a KK number)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['FamilyController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/family/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a family member listed by mistake or no longer on the KK
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    delete: operations['FamilyController_remove'];
    options?: never;
    head?: never;
    /**
     * Change a family member (e.g. a child marries or starts working)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    patch: operations['FamilyController_update'];
    trace?: never;
  };
  '/v1/workers/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * suspended → active (arrears paid)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['WorkerLifecycleController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * active → suspended
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['WorkerLifecycleController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/workers/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * pending, active or suspended → terminated (left the programme; final)
     * @description Roles: enrolment-officer, enrolment-supervisor.
     */
    post: operations['WorkerLifecycleController_terminate'];
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
    AddedFamilyMemberResponse: {
      /** Format: uuid */
      memberId: string;
    };
    AgreementRequest: {
      /**
       * @description No worker is covered before this date
       * @example 2025-10-06
       */
      coverageStartDate: string;
      /**
       * @description Number of the cooperation agreement (PKS) with BPJS Ketenagakerjaan
       * @example 100/PKS/2025
       */
      pksNumber: string;
      /** @example 2025-05-16 */
      signingDate: string;
    };
    AuditActorResponse: {
      roles: string[];
      /** @description The token's subject */
      subject: string;
    };
    AuditRecordResponse: {
      /** @example reverse-payment */
      action: string;
      actor: components['schemas']['AuditActorResponse'];
      /** @description The changed fields after it */
      after: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      at: string;
      /** @description The changed fields before the change (their shapes are those of the entity) */
      before: {
        [key: string]: unknown;
      } | null;
      fromStatus: string | null;
      /** @description SHA-256 over prevHash and this entry */
      hash: string;
      /** @description SHA-256 of the previous entry */
      prevHash: string;
      reason: string | null;
      requestId: string | null;
      /** @description Position in the service-wide chain */
      seq: number;
      toStatus: string | null;
    };
    BackdatedEnrolmentPageResponse: {
      items: components['schemas']['BackdatedEnrolmentResponse'][];
      total: number;
    };
    BackdatedEnrolmentResponse: {
      decision?: components['schemas']['BackdatingDecisionResponse'];
      /**
       * Format: date
       * @example 2026-10-01
       */
      enrolmentDate: string;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @description The asking officer's reason */
      reason: string;
      /** Format: date-time */
      requestedAt: string;
      /** @description The asking officer's token subject */
      requestedBy: string;
      /** @enum {string} */
      status: 'pending-backdating-approval' | 'approved' | 'refused';
      /** @example 76.04 */
      tenant: string;
      /**
       * Format: uuid
       * @description The worker enrolled on approval
       */
      workerId?: string;
    };
    BackdatingDecisionRequest: {
      /** @description The enrolment supervisor's reason (1–500 characters), kept in the audit log */
      reason: string;
    };
    BackdatingDecisionResponse: {
      /** Format: date-time */
      at: string;
      /** @description The enrolment supervisor's token subject */
      by: string;
      reason: string;
    };
    CreateSponsorRequest: {
      agreement: components['schemas']['AgreementRequest'];
      /**
       * @description Declared monthly income used when a list gives none; defaults to the legal minimum
       * @example 1000000
       */
      declaredIncomeBasis?: number;
      /**
       * @default APBD
       * @enum {string}
       */
      fundingSource: 'APBD' | 'APBN';
      /** @example Pemerintah Kabupaten Majene */
      name: string;
      /**
       * @example [
       *       "JKK",
       *       "JKM"
       *     ]
       */
      programmes: ('JKK' | 'JKM')[];
      /**
       * @description Kemendagri regency code: the tenant of its workers and events
       * @example 76.05
       */
      tenant: string;
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
    FamilyCardRequest: {
      /**
       * @description The 16-digit KK number
       * @example 7604010101200001
       */
      number: string;
      /**
       * @description Since when the worker is on this KK (its issue date if unknown)
       * @example 2020-01-01
       */
      since: string;
    };
    FamilyMemberRequest: {
      /** @example 2015-03-04 */
      birthDate: string;
      /** @example Siti Contoh */
      fullName: string;
      /** @description Children only (required for them): scholarships and heirship need an unmarried child */
      married?: boolean;
      /** @example 7604014403150002 */
      nik: string;
      /** @enum {string} */
      relationship: 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'parent-in-law';
      /** @enum {string} */
      sex: 'M' | 'F';
      /** @description Children only (required for them): scholarships need a child who is not working */
      working?: boolean;
    };
    FamilyMemberResponse: {
      birthDate: string;
      fullName: string;
      married?: boolean;
      /** Format: uuid */
      memberId: string;
      nik: string;
      /** @enum {string} */
      relationship: 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'parent-in-law';
      /** @enum {string} */
      sex: 'M' | 'F';
      working?: boolean;
    };
    FamilyResponse: {
      family: components['schemas']['FamilyMemberResponse'][];
    };
    ImportJobPageResponse: {
      items: components['schemas']['ImportJobResponse'][];
      /** @description Jobs matching the filters */
      total: number;
    };
    ImportJobResponse: {
      accepted: number;
      /** @description Set when an enrolment supervisor uploaded the file approving rows dated before the enrolment window */
      backdatingApproval?: Record<string, never>;
      createdAt: string;
      /** @description True when this exact file was uploaded before: the earlier job is returned */
      duplicateUpload?: boolean;
      /** @example /v1/imports/6f1c.../errors.csv */
      errorReport: string;
      failureReason?: string;
      finishedAt?: string;
      /** @description Accepted rows flagged as probable duplicates, for review */
      flagged: number;
      /** @enum {string} */
      format: 'csv' | 'xlsx';
      /** Format: uuid */
      id: string;
      /** @description Rows whose outcome is stored (accepted or rejected) */
      processed: number;
      rejected: number;
      startedAt?: string;
      /** @enum {string} */
      status: 'queued' | 'running' | 'completed' | 'failed';
      tenant: string;
      /** @description Data rows in the file; null until counted */
      total: number | null;
      /** @description Header problems that did not stop the import */
      warnings: components['schemas']['ImportWarningResponse'][];
    };
    ImportWarningResponse: {
      code: string;
      column: string;
      message: string;
    };
    PayoutAccountRequest: {
      /** @example 123456789012 */
      accountNumber: string;
      /**
       * @description Bank Indonesia's 3-digit bank code (002 BRI, 009 BNI, 008 Mandiri)
       * @example 002
       */
      bankCode: string;
      /**
       * @description Must be the worker's own name (benefits are paid only to it)
       * @example Ahmad Contoh
       */
      holderName: string;
    };
    PriorMembershipRequest: {
      /**
       * @description When the BPJS Ketenagakerjaan membership began (before Jaring)
       * @example 2021-04-01
       */
      bpjsMembershipStart: string;
      /**
       * @description Whole months of contributions paid before enrolment here
       * @example 30
       */
      monthsPaid: number;
      /**
       * @description The document that proves it
       * @example Kartu peserta BPJS TK 21012345678
       */
      proofDocument: string;
    };
    RegisterWorkerRequest: {
      /**
       * @description Street, RT/RW, dusun: below the desa
       * @example Dusun Contoh RT 001 RW 002
       */
      addressLine: string;
      /** @example 1990-05-12 */
      birthDate: string;
      /**
       * @description Whole rupiah per month; defaults to the sponsor's basis
       * @example 1000000
       */
      declaredMonthlyIncome?: number;
      /**
       * @description Desa/kelurahan of domicile (from the KK address), in the tenant
       * @example 76.04.01.2002
       */
      desaCode: string;
      /**
       * @description Defaults to today. A date before the current month (less ENROLMENT_BACKDATING_GRACE_MONTHS) is refused with ENROLMENT_DATE_BACKDATED: an enrolment supervisor approves it through POST /v1/backdated-enrolments
       * @example 2026-03-01
       */
      enrolmentDate?: string;
      /**
       * @description As written on the KTP
       * @example Ahmad Contoh
       */
      fullName: string;
      kk?: components['schemas']['FamilyCardRequest'];
      /**
       * @description 16 digits; must agree with birth date and sex (women: day + 40)
       * @example 7604011205900001
       */
      nik: string;
      /** @enum {string} */
      occupation:
        | 'ojek'
        | 'bentor'
        | 'buruh-harian'
        | 'pedagang-kaki-lima'
        | 'nelayan'
        | 'petani'
        | 'pekerja-tempat-ibadah'
        | 'lainnya';
      payoutAccount?: components['schemas']['PayoutAccountRequest'];
      /** @example 0812-3456-7890 */
      phone?: string;
      /** @description The worker's BPJS Ketenagakerjaan membership before Jaring: counted for the JKM scholarship's 36 months and the short-membership policy (RULES.md §3–4) */
      priorMembership?: components['schemas']['PriorMembershipRequest'];
      /** @enum {string} */
      sex: 'M' | 'F';
      /**
       * @description The sponsor's regency code (tenant)
       * @example 76.04
       */
      tenant: string;
    };
    RegisteredWorkerResponse: {
      /**
       * @description What the declared income is billed and assessed at this month (RULES.md §1)
       * @example 20700000
       */
      contributionBasis: number;
      /**
       * @description The later of the PKS coverage start and the enrolment date
       * @example 2025-10-06
       */
      coverageStartDate: string;
      /** @example 50000000 */
      declaredMonthlyIncome: number;
      /** @description Another worker shares normalised name, birth date and desa: an officer must review */
      flaggedAsProbableDuplicate: boolean;
      /** Format: uuid */
      id: string;
      probableDuplicateOf: string[];
      /**
       * @description active when coverage has started, else pending until it does
       * @enum {string}
       */
      status: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased';
    };
    RequestBackdatedEnrolmentRequest: {
      /**
       * @description Street, RT/RW, dusun: below the desa
       * @example Dusun Contoh RT 001 RW 002
       */
      addressLine: string;
      /** @example 1990-05-12 */
      birthDate: string;
      /**
       * @description Whole rupiah per month; defaults to the sponsor's basis
       * @example 1000000
       */
      declaredMonthlyIncome?: number;
      /**
       * @description Desa/kelurahan of domicile (from the KK address), in the tenant
       * @example 76.04.01.2002
       */
      desaCode: string;
      /**
       * @description Defaults to today. A date before the current month (less ENROLMENT_BACKDATING_GRACE_MONTHS) is refused with ENROLMENT_DATE_BACKDATED: an enrolment supervisor approves it through POST /v1/backdated-enrolments
       * @example 2026-03-01
       */
      enrolmentDate?: string;
      /**
       * @description As written on the KTP
       * @example Ahmad Contoh
       */
      fullName: string;
      kk?: components['schemas']['FamilyCardRequest'];
      /**
       * @description 16 digits; must agree with birth date and sex (women: day + 40)
       * @example 7604011205900001
       */
      nik: string;
      /** @enum {string} */
      occupation:
        | 'ojek'
        | 'bentor'
        | 'buruh-harian'
        | 'pedagang-kaki-lima'
        | 'nelayan'
        | 'petani'
        | 'pekerja-tempat-ibadah'
        | 'lainnya';
      payoutAccount?: components['schemas']['PayoutAccountRequest'];
      /** @example 0812-3456-7890 */
      phone?: string;
      /** @description The worker's BPJS Ketenagakerjaan membership before Jaring: counted for the JKM scholarship's 36 months and the short-membership policy (RULES.md §3–4) */
      priorMembership?: components['schemas']['PriorMembershipRequest'];
      /**
       * @description Why the worker is enrolled from a date before the enrolment window (1–500 characters)
       * @example Daftar Pemkab diserahkan terlambat; pekerja sudah terdaftar di kelurahan sejak Agustus
       */
      reason: string;
      /** @enum {string} */
      sex: 'M' | 'F';
      /**
       * @description The sponsor's regency code (tenant)
       * @example 76.04
       */
      tenant: string;
    };
    SponsorResponse: {
      agreement: components['schemas']['AgreementRequest'];
      /** @example 1000000 */
      declaredIncomeBasis: number;
      /** @enum {string} */
      fundingSource: 'APBD' | 'APBN';
      /** Format: uuid */
      id: string;
      name: string;
      programmes: ('JKK' | 'JKM')[];
      /** @example 76.04 */
      tenant: string;
    };
    StatusChangeRequest: {
      /**
       * @description When the new status takes effect; defaults to today
       * @example 2026-03-01
       */
      effectiveDate?: string;
      /**
       * @description Why: kept in the status history and the event
       * @example moved out of the regency
       */
      reason: string;
    };
    StatusHistoryResponse: {
      /** @description The officer's subject id, or system:billing / system:claims / system:enrolment */
      actor: string;
      /** @description When it was recorded (UTC) */
      at: string;
      /** @description The day the status took effect */
      effectiveDate: string;
      /**
       * @description null for the enrolment itself
       * @enum {string|null}
       */
      from?: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased' | null;
      reason: string;
      /** @enum {string} */
      to: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased';
    };
    UpdateFamilyMemberRequest: {
      birthDate?: string;
      fullName?: string;
      married?: boolean;
      nik?: string;
      /** @enum {string} */
      relationship?: 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'parent-in-law';
      /** @enum {string} */
      sex?: 'M' | 'F';
      working?: boolean;
    };
    UpdateWorkerRequest: {
      /**
       * @description Street, RT/RW, dusun: below the desa
       * @example Dusun Contoh RT 001 RW 002
       */
      addressLine?: string;
      /** @example 1990-05-12 */
      birthDate?: string;
      /**
       * @description Whole rupiah per month; defaults to the sponsor's basis
       * @example 1000000
       */
      declaredMonthlyIncome?: number;
      /**
       * @description Desa/kelurahan of domicile (from the KK address), in the tenant
       * @example 76.04.01.2002
       */
      desaCode?: string;
      /**
       * @description As written on the KTP
       * @example Ahmad Contoh
       */
      fullName?: string;
      kk?: components['schemas']['FamilyCardRequest'];
      /** @enum {string} */
      occupation?:
        | 'ojek'
        | 'bentor'
        | 'buruh-harian'
        | 'pedagang-kaki-lima'
        | 'nelayan'
        | 'petani'
        | 'pekerja-tempat-ibadah'
        | 'lainnya';
      payoutAccount?: components['schemas']['PayoutAccountRequest'];
      /** @example 0812-3456-7890 */
      phone?: string;
      /** @enum {string} */
      sex?: 'M' | 'F';
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
    WorkerDetailsResponse: {
      addressLine: string;
      birthDate: string;
      /**
       * @description What the declared income is billed and assessed at this month (RULES.md §1): its bracket, or the income within Rp1,000,000–20,700,000
       * @example 1000000
       */
      contributionBasis: number;
      coverageStartDate: string;
      declaredMonthlyIncome: number;
      desaCode: string;
      /** @example Karama */
      desaName?: string;
      enrolmentDate: string;
      family: components['schemas']['FamilyMemberResponse'][];
      flaggedAsProbableDuplicate: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      kk?: components['schemas']['FamilyCardRequest'];
      /** @description The full NIK (this single-worker view only) */
      nik: string;
      /** @enum {string} */
      occupation:
        | 'ojek'
        | 'bentor'
        | 'buruh-harian'
        | 'pedagang-kaki-lima'
        | 'nelayan'
        | 'petani'
        | 'pekerja-tempat-ibadah'
        | 'lainnya';
      payoutAccount?: components['schemas']['PayoutAccountRequest'];
      /** @example +6281234567890 */
      phone?: string;
      priorMembership?: components['schemas']['PriorMembershipRequest'];
      probableDuplicateOf: string[];
      /** @enum {string} */
      sex: 'M' | 'F';
      /** Format: uuid */
      sponsorId: string;
      /** @enum {string} */
      status: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased';
      statusHistory: components['schemas']['StatusHistoryResponse'][];
      tenant: string;
    };
    WorkerPageResponse: {
      items: components['schemas']['WorkerSummaryResponse'][];
      page: number;
      pageSize: number;
      /** @description Workers matching the filters */
      total: number;
    };
    WorkerSummaryResponse: {
      coverageStartDate: string;
      /** @example 76.04.01.2002 */
      desaCode: string;
      flaggedAsProbableDuplicate: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      /**
       * @description Masked in lists: the full NIK only on GET /v1/workers/:id
       * @example 7604********0001
       */
      nik: string;
      /** @enum {string} */
      occupation:
        | 'ojek'
        | 'bentor'
        | 'buruh-harian'
        | 'pedagang-kaki-lima'
        | 'nelayan'
        | 'petani'
        | 'pekerja-tempat-ibadah'
        | 'lainnya';
      /** @enum {string} */
      sex: 'M' | 'F';
      /** @enum {string} */
      status: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased';
      /** @example 76.04 */
      tenant: string;
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
  BackdatedEnrolmentsController_list: {
    parameters: {
      query?: {
        status?: 'pending-backdating-approval' | 'approved' | 'refused';
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
          'application/json': components['schemas']['BackdatedEnrolmentPageResponse'];
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
  BackdatedEnrolmentsController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestBackdatedEnrolmentRequest'];
      };
    };
    responses: {
      /** @description Waiting for a supervisor */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BackdatedEnrolmentResponse'];
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
  BackdatedEnrolmentsController_get: {
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
          'application/json': components['schemas']['BackdatedEnrolmentResponse'];
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
  BackdatedEnrolmentsController_approve: {
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
        'application/json': components['schemas']['BackdatingDecisionRequest'];
      };
    };
    responses: {
      /** @description Approved: the worker is enrolled */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BackdatedEnrolmentResponse'];
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
  BackdatedEnrolmentsController_refuse: {
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
        'application/json': components['schemas']['BackdatingDecisionRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BackdatedEnrolmentResponse'];
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
  ImportsController_list: {
    parameters: {
      query?: {
        status?: 'queued' | 'running' | 'completed' | 'failed';
        tenant?: string;
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
          'application/json': components['schemas']['ImportJobPageResponse'];
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
  ImportsController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description Enrolment supervisors only: why rows dated before the enrolment window are accepted (recorded in the audit log); without it such rows are rejected with ENROLMENT_DATE_BACKDATED */
          backdatingReason?: string;
          /** @example 2025-10-06 */
          defaultEnrolmentDate?: string;
          /**
           * Format: binary
           * @description CSV (UTF-8, comma or semicolon) or XLSX; see GET /v1/imports/template
           */
          file: string;
          /** @example 76.04 */
          tenant: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJobResponse'];
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
  ImportsController_template: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
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
  ImportsController_get: {
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
          'application/json': components['schemas']['ImportJobResponse'];
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
  ImportsController_errors: {
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
      /** @description row,field,code,message with a header row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
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
  SponsorsController_list: {
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
          'application/json': components['schemas']['SponsorResponse'][];
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
  SponsorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSponsorRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorResponse'];
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
      /** @description SPONSOR_TENANT_TAKEN: the regency already has a sponsor */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SponsorsController_get: {
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
          'application/json': components['schemas']['SponsorResponse'];
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
  WorkersController_search: {
    parameters: {
      query?: {
        /** @description Exact NIK (16 digits) */
        nik?: string;
        /** @description Case-insensitive prefix of the full name */
        name?: string;
        desaCode?: string;
        status?: 'pending' | 'active' | 'suspended' | 'terminated' | 'deceased';
        tenant?: string;
        /** @description true: only workers flagged as probable duplicates (the review queue) */
        flagged?: boolean;
        page?: number;
        pageSize?: number;
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
          'application/json': components['schemas']['WorkerPageResponse'];
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
  WorkersController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterWorkerRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisteredWorkerResponse'];
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
      /** @description NIK_ALREADY_ENROLLED; details.existingWorkerId */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  WorkersController_get: {
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
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
  WorkersController_update: {
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
        'application/json': components['schemas']['UpdateWorkerRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
  WorkerLifecycleController_activate: {
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
        'application/json': components['schemas']['StatusChangeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
      /** @description WORKER_TRANSITION_ILLEGAL or WORKER_STATUS_TERMINAL */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  WorkersController_audit: {
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
          'application/json': components['schemas']['AuditRecordResponse'][];
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
  WorkersController_confirmDistinct: {
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
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
  FamilyController_add: {
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
        'application/json': components['schemas']['FamilyMemberRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AddedFamilyMemberResponse'];
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
  FamilyController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        memberId: string;
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
          'application/json': components['schemas']['FamilyResponse'];
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
  FamilyController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        memberId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFamilyMemberRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FamilyResponse'];
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
  WorkerLifecycleController_reactivate: {
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
        'application/json': components['schemas']['StatusChangeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
  WorkerLifecycleController_suspend: {
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
        'application/json': components['schemas']['StatusChangeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
  WorkerLifecycleController_terminate: {
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
        'application/json': components['schemas']['StatusChangeRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerDetailsResponse'];
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
}
