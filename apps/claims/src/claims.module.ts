import {
  type DynamicModule,
  type InjectionToken,
  Logger,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Provider,
} from '@nestjs/common';
import { CLAIMS_API } from './api/http/claims.api';
import { ModuleRef } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Outbox } from '@jaring/messaging';
import { defaultCalendar } from '@jaring/calendar';
import { PlatformModule, applyHttpMetrics, type ServicePersistence } from '@jaring/platform';
import { ApproveClaimHandler } from './application/approve-claim/approve-claim.handler';
import { AssignClaimHandler } from './application/assign-claim/assign-claim.handler';
import { AttachDocumentScanHandler } from './application/attach-document-scan/attach-document-scan.handler';
import { AssessClaimHandler } from './application/assess-claim/assess-claim.handler';
import { DetermineHeirsHandler } from './application/determine-heirs/determine-heirs.handler';
import { DispatchPayoutsHandler } from './application/dispatch-payouts/dispatch-payouts.handler';
import { MonitorSlaHandler } from './application/monitor-sla/monitor-sla.handler';
import { ClaimReads } from './application/ports/claim.reads';
import { ClaimsUnitOfWork } from './application/ports/claims-unit-of-work';
import { DocumentScanStorage } from './application/ports/document-scan.storage';
import { Clock } from './application/ports/clock';
import { PayoutGateway } from './application/ports/payout-gateway';
import { ClaimsMetrics, PayoutTrigger } from './application/ports/payout-trigger';
import { QuoteBenefitsHandler } from './application/quote-benefits/quote-benefits.handler';
import { ReadClaimsHandler } from './application/read-claims/read-claims.handler';
import { ReadDashboardHandler } from './application/read-dashboard/read-dashboard.handler';
import { ReclassifyClaimHandler } from './application/reclassify-claim/reclassify-claim.handler';
import { RecordDocumentsHandler } from './application/record-documents/record-documents.handler';
import { RecordStageTwoHandler } from './application/record-stage-two/record-stage-two.handler';
import { RejectClaimHandler } from './application/reject-claim/reject-claim.handler';
import { OverrideClaimExpiryHandler } from './application/override-claim-expiry/override-claim-expiry.handler';
import { ReportAccidentHandler } from './application/report-accident/report-accident.handler';
import { ReportDeathHandler } from './application/report-death/report-death.handler';
import { ScholarshipYearsHandler } from './application/scholarship-years/scholarship-years.handler';
import { SetPayoutAccountHandler } from './application/set-payout-account/set-payout-account.handler';
import { ClaimWorkflow } from './application/shared/claim-workflow';
import { ClaimsSettings, PayoutSettings } from './application/shared/claims-settings';
import { VerifyClaimHandler } from './application/verify-claim/verify-claim.handler';
import { ClaimsConfig } from './claims.config';
import { HttpBankGateway } from './infrastructure/bank/http-bank.gateway';
import { claimsSettingsFrom, payoutSettingsFrom } from './infrastructure/claims-settings.factory';
import { SystemClock } from './infrastructure/clock/system-clock';
import { CoverageEventsConsumer } from './infrastructure/messaging/coverage-events.consumer';
import { InvoiceEventsConsumer } from './infrastructure/messaging/invoice-events.consumer';
import { FamilyEventsConsumer } from './infrastructure/messaging/family-events.consumer';
import { WorkerEventsConsumer } from './infrastructure/messaging/worker-events.consumer';
import { PrometheusClaimsMetrics } from './infrastructure/metrics/claims.metrics';
import { PayoutWorker } from './infrastructure/payout/payout.worker';
import { MemberOrmEntity } from './infrastructure/persistence/member.orm-entity';
import { Member1764000000201 } from './infrastructure/persistence/migrations/1764000000201-member';
import { ClaimsModel1764000000202 } from './infrastructure/persistence/migrations/1764000000202-claims-model';
import { OneAccidentClaimPerDay1765100000300 } from './infrastructure/persistence/migrations/1765100000300-one-accident-claim-per-day';
import { RefusedTransfersOnClaims1765100000310 } from './infrastructure/persistence/migrations/1765100000310-refused-transfers-on-claims';
import { DeathConfirmationOnClaims1765400000100 } from './infrastructure/persistence/migrations/1765400000100-death-confirmation-on-claims';
import { BilledIncomeOnCoveredMonth1765500000100 } from './infrastructure/persistence/migrations/1765500000100-billed-income-on-covered-month';
import { ScholarshipYears1765600000100 } from './infrastructure/persistence/migrations/1765600000100-scholarship-years';
import { PayoutAccountChangedAt1765700000100 } from './infrastructure/persistence/migrations/1765700000100-payout-account-changed-at';
import { ClaimAuditIntoAuditLog1765700000200 } from './infrastructure/persistence/migrations/1765700000200-claim-audit-into-audit-log';
import { PriorMembershipOnMembers1765800000100 } from './infrastructure/persistence/migrations/1765800000100-prior-membership-on-members';
import { BilledMonths1765900000200 } from './infrastructure/persistence/migrations/1765900000200-billed-months';
import { DocumentScansAndAssignment1765950000100 } from './infrastructure/persistence/migrations/1765950000100-document-scans-and-assignment';
import { SqlClaimReads } from './infrastructure/persistence/sql-claim.reads';
import { SqlClaimsUnitOfWork } from './infrastructure/persistence/sql-claims.unit-of-work';
import { SqlDocumentScanStorage } from './infrastructure/persistence/sql-document-scan.storage';
import { S3DocumentScanStorage } from './infrastructure/scan-storage/s3-document-scan.storage';
import { ClaimsJobs } from './infrastructure/scheduling/claims-jobs';
import { SlaScheduler } from './infrastructure/scheduling/sla.scheduler';

/** Tables this service owns; the migration Job uses the same list. */
export const CLAIMS_PERSISTENCE: ServicePersistence = {
  entities: [MemberOrmEntity],
  migrations: [
    Member1764000000201,
    ClaimsModel1764000000202,
    OneAccidentClaimPerDay1765100000300,
    RefusedTransfersOnClaims1765100000310,
    DeathConfirmationOnClaims1765400000100,
    BilledIncomeOnCoveredMonth1765500000100,
    ScholarshipYears1765600000100,
    PayoutAccountChangedAt1765700000100,
    ClaimAuditIntoAuditLog1765700000200,
    PriorMembershipOnMembers1765800000100,
    BilledMonths1765900000200,
    DocumentScansAndAssignment1765950000100,
  ],
};

/**
 * A use case built from its ports. The application layer is plain TypeScript (no Nest decorators);
 * this is where its constructor arguments are named, in order.
 */
function useCase<T>(type: new (...args: never[]) => T, ...inject: InjectionToken[]): Provider {
  return { provide: type, useFactory: (...ports: never[]) => new type(...ports), inject };
}

/** The application's `{ info, warn }` logs, as JSON lines of the service logger. */
function logOf(context: string) {
  const logger = new Logger(context);
  return {
    info: (object: object, message: string) => logger.log(object, message),
    warn: (object: object, message: string) => logger.warn(object, message),
  };
}

function s3ScanStoreSettingsFrom(config: ClaimsConfig) {
  return {
    endpoint: config.DOCUMENT_SCAN_S3_ENDPOINT,
    region: config.DOCUMENT_SCAN_S3_REGION,
    bucket: config.DOCUMENT_SCAN_S3_BUCKET,
    forcePathStyle: config.DOCUMENT_SCAN_S3_FORCE_PATH_STYLE,
    accessKeyId: config.DOCUMENT_SCAN_S3_ACCESS_KEY_ID,
    secretAccessKey: config.DOCUMENT_SCAN_S3_SECRET_ACCESS_KEY,
    timeoutMs: config.DOCUMENT_SCAN_S3_TIMEOUT_MS,
    maxBytes: config.DOCUMENT_SCAN_MAX_BYTES,
  };
}

/** The dispatcher's ports; its log is not a provider but the service logger. */
type DispatchPorts = DropLast<ConstructorParameters<typeof DispatchPayoutsHandler>>;
type DropLast<T extends unknown[]> = T extends [...infer Head, unknown?] ? Head : never;

const USE_CASES: Provider[] = [
  useCase(ClaimWorkflow, ClaimsUnitOfWork, Clock, ClaimsSettings),
  useCase(ReportAccidentHandler, ClaimWorkflow, ClaimsSettings),
  useCase(ReportDeathHandler, ClaimWorkflow, ClaimsSettings),
  useCase(RecordStageTwoHandler, ClaimWorkflow),
  useCase(RecordDocumentsHandler, ClaimWorkflow, ClaimsUnitOfWork, ClaimsSettings),
  useCase(AttachDocumentScanHandler, ClaimWorkflow, ClaimsUnitOfWork, ClaimsSettings, DocumentScanStorage),
  useCase(AssignClaimHandler, ClaimWorkflow),
  useCase(ReadDashboardHandler, ClaimReads, ClaimWorkflow, ClaimsSettings),
  useCase(DetermineHeirsHandler, ClaimWorkflow, ClaimsUnitOfWork),
  useCase(VerifyClaimHandler, ClaimWorkflow, ClaimsSettings),
  useCase(RejectClaimHandler, ClaimWorkflow),
  useCase(OverrideClaimExpiryHandler, ClaimWorkflow),
  useCase(ReclassifyClaimHandler, ClaimWorkflow),
  useCase(AssessClaimHandler, ClaimWorkflow),
  useCase(ApproveClaimHandler, ClaimWorkflow, PayoutTrigger),
  useCase(SetPayoutAccountHandler, ClaimWorkflow, PayoutTrigger),
  useCase(ScholarshipYearsHandler, ClaimWorkflow, ClaimsUnitOfWork, ClaimsSettings, PayoutTrigger),
  useCase(MonitorSlaHandler, ClaimReads, ClaimWorkflow, ClaimsMetrics),
  useCase(QuoteBenefitsHandler, ClaimsSettings),
  useCase(ReadClaimsHandler, ClaimsUnitOfWork, ClaimReads, ClaimWorkflow, ClaimsSettings),
  {
    provide: DispatchPayoutsHandler,
    inject: [
      ClaimsUnitOfWork,
      PayoutGateway,
      ClaimWorkflow,
      Clock,
      PayoutSettings,
      ClaimsSettings,
      ClaimsMetrics,
      PayoutTrigger,
    ],
    useFactory: (...ports: DispatchPorts) => new DispatchPayoutsHandler(...ports, logOf('claims-payouts')),
  },
];

/** Wiring only: the one place the application's ports meet their adapters. */
@Module({})
export class ClaimsModule implements NestModule {
  static forRoot(config: ClaimsConfig): DynamicModule {
    const settings = claimsSettingsFrom(config);
    return {
      module: ClaimsModule,
      imports: [
        PlatformModule.forRoot({
          service: 'claims',
          config,
          sealingKeyFile: config.EVENT_SEALING_KEYS_FILE,
          persistence: CLAIMS_PERSISTENCE,
          access: CLAIMS_API.access,
          holidayCalendar: defaultCalendar,
        }),
        MulterModule.register({ limits: { fileSize: config.DOCUMENT_SCAN_MAX_BYTES, files: 1 } }),
      ],
      controllers: [
        ...CLAIMS_API.controllers,
        WorkerEventsConsumer,
        FamilyEventsConsumer,
        CoverageEventsConsumer,
        InvoiceEventsConsumer,
      ],
      providers: [
        ...USE_CASES,
        { provide: ClaimsConfig, useValue: config },
        { provide: ClaimsSettings, useValue: settings },
        { provide: PayoutSettings, useValue: payoutSettingsFrom(config) },
        { provide: Clock, useValue: new SystemClock() },
        {
          provide: ClaimsUnitOfWork,
          inject: [DataSource, Outbox],
          useFactory: (dataSource: DataSource, outbox: Outbox) =>
            new SqlClaimsUnitOfWork(dataSource, outbox, settings.policy.utcOffsetMinutes),
        },
        {
          provide: ClaimReads,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new SqlClaimReads(dataSource),
        },
        {
          // PostgreSQL by default, an S3-compatible store in production (docs/adr/0011).
          provide: DocumentScanStorage,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            config.DOCUMENT_SCAN_STORAGE === 's3'
              ? new S3DocumentScanStorage(s3ScanStoreSettingsFrom(config), logOf('claims-scans'))
              : new SqlDocumentScanStorage(dataSource),
        },
        {
          provide: PayoutGateway,
          useValue: new HttpBankGateway(config.PAYOUT_BANK_URL, config.PAYOUT_BANK_TIMEOUT_MS),
        },
        {
          provide: PrometheusClaimsMetrics,
          inject: [ClaimReads],
          useFactory: (reads: ClaimReads) => new PrometheusClaimsMetrics(reads),
        },
        { provide: ClaimsMetrics, useExisting: PrometheusClaimsMetrics },
        {
          // The worker needs the dispatcher and the dispatcher wakes the worker: resolved lazily.
          provide: PayoutWorker,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef) =>
            new PayoutWorker(
              () => moduleRef.get(DispatchPayoutsHandler),
              config.PAYOUT_POLL_INTERVAL_MS,
              logOf('claims-payouts'),
            ),
        },
        { provide: PayoutTrigger, useExisting: PayoutWorker },
        {
          provide: SlaScheduler,
          inject: [MonitorSlaHandler],
          useFactory: (monitor: MonitorSlaHandler) =>
            new SlaScheduler(monitor, config.SLA_SWEEP_INTERVAL_MS, logOf('claims-sla')),
        },
        useCase(ClaimsJobs, PayoutWorker, SlaScheduler, PrometheusClaimsMetrics),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
