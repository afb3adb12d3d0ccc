import {
  type DynamicModule,
  type InjectionToken,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Provider,
} from '@nestjs/common';
import { BILLING_API } from './api/http/billing.api';
import { MulterModule } from '@nestjs/platform-express';
import { indonesianCalendar } from '@jaring/calendar';
import { DurableJobs } from '@jaring/jobs';
import { PlatformModule, applyHttpMetrics, type ServicePersistence } from '@jaring/platform';
import { AssessArrearsHandler } from './application/assess-arrears/assess-arrears.handler';
import { ImportBankStatementHandler } from './application/import-bank-statement/import-bank-statement.handler';
import { BillingReads } from './application/ports/billing-reads';
import { BillingRunQueue } from './application/ports/billing-run-queue';
import { BillingSettings } from './application/ports/billing-settings';
import { BillingStore } from './application/ports/billing-store';
import { Clock } from './application/ports/clock';
import { SponsorAccounts } from './application/ports/sponsor-accounts';
import { QuoteContributionHandler } from './application/quote-contribution/quote-contribution.handler';
import { RecordPaymentHandler } from './application/record-payment/record-payment.handler';
import { ReversePaymentHandler } from './application/reverse-payment/reverse-payment.handler';
import { ExecuteBillingRunHandler } from './application/run-billing/execute-billing-run.handler';
import { StartBillingRunHandler } from './application/run-billing/start-billing-run.handler';
import { StartSupplementaryBillingRunHandler } from './application/run-billing/start-supplementary-billing-run.handler';
import { RunSupplementaryBillingPassHandler } from './application/run-billing/run-supplementary-billing-pass.handler';
import { BillingConfig } from './billing.config';
import {
  assertArrearsPolicy,
  CONTRIBUTION_RULE_SETS,
  incomeLimitsOf,
  type ShortPaymentPolicy,
  type SponsorType,
} from './domain';
import { readIncomeBracketFile } from '@jaring/income-basis';
import { SystemClock } from './infrastructure/clock/system-clock';
import { WorkerEventsConsumer } from './infrastructure/messaging/worker-events.consumer';
import { WorkerProjection1764000000101 } from './infrastructure/persistence/migrations/1764000000101-worker-projection';
import { BillingModel1764000000102 } from './infrastructure/persistence/migrations/1764000000102-billing-model';
import { SupplementaryInvoices1765200000100 } from './infrastructure/persistence/migrations/1765200000100-supplementary-invoices';
import { StatementTransaction1765300000100 } from './infrastructure/persistence/migrations/1765300000100-statement-transaction';
import { PaymentReversalApproval1765700000100 } from './infrastructure/persistence/migrations/1765700000100-payment-reversal-approval';
import { SupplementaryPassHourly1765900000100 } from './infrastructure/persistence/migrations/1765900000100-supplementary-pass-hourly';
import { SqlBillingReads, SqlSponsorAccounts } from './infrastructure/persistence/sql-billing.reads';
import { SqlBillingStore } from './infrastructure/persistence/sql-billing.store';
import { WorkerProjectionOrmEntity } from './infrastructure/persistence/worker-projection.orm-entity';
import { BillingScheduler } from './infrastructure/scheduling/billing.scheduler';
import { DurableBillingRunQueue } from './infrastructure/scheduling/durable-billing-run.queue';
import { DurableSupplementaryBillingPass } from './infrastructure/scheduling/durable-supplementary-billing.pass';
import { SupplementaryBillingPass } from './application/ports/supplementary-billing-pass';

/** Tables this service owns; the migration Job uses the same list. */
export const BILLING_PERSISTENCE: ServicePersistence = {
  entities: [WorkerProjectionOrmEntity],
  migrations: [
    WorkerProjection1764000000101,
    BillingModel1764000000102,
    SupplementaryInvoices1765200000100,
    StatementTransaction1765300000100,
    PaymentReversalApproval1765700000100,
    SupplementaryPassHourly1765900000100,
  ],
};

/**
 * A use case built from its ports. The application layer is plain TypeScript (no Nest decorators);
 * this is where its constructor arguments are named, in order.
 */
function useCase<T>(type: new (...args: never[]) => T, ...inject: InjectionToken[]): Provider {
  return { provide: type, useFactory: (...ports: never[]) => new type(...ports), inject };
}

const USE_CASES: Provider[] = [
  useCase(QuoteContributionHandler, BillingSettings),
  useCase(StartBillingRunHandler, BillingStore, BillingRunQueue, BillingSettings, Clock),
  useCase(StartSupplementaryBillingRunHandler, BillingStore, BillingRunQueue, BillingSettings, Clock),
  useCase(RunSupplementaryBillingPassHandler, StartSupplementaryBillingRunHandler, Clock),
  useCase(ExecuteBillingRunHandler, BillingStore, BillingSettings, Clock),
  useCase(RecordPaymentHandler, BillingStore, Clock, BillingSettings),
  useCase(ReversePaymentHandler, BillingStore, Clock, BillingSettings),
  useCase(ImportBankStatementHandler, RecordPaymentHandler, Clock),
  useCase(AssessArrearsHandler, BillingStore, BillingSettings, Clock),
];

export function billingSettingsFrom(config: BillingConfig): BillingSettings {
  return {
    calendar: indonesianCalendar({ collectiveLeave: config.COLLECTIVE_LEAVE_IS_HOLIDAY }),
    ruleSets: CONTRIBUTION_RULE_SETS,
    incomeBrackets: readIncomeBracketFile(config.INCOME_BRACKETS_FILE, incomeLimitsOf(CONTRIBUTION_RULE_SETS)),
    arrears: assertArrearsPolicy({
      lapseAfterConsecutiveUnpaidMonths: config.ARREARS_LAPSE_AFTER_MONTHS,
      warnAtConsecutiveUnpaidMonths: config.ARREARS_WARNING_AT_MONTHS,
    }),
    runChunkSize: config.BILLING_RUN_CHUNK_SIZE,
    shortPaymentPolicy: config.BILLING_SHORT_PAYMENT_POLICY as ShortPaymentPolicy,
    defaultSponsorType: config.DEFAULT_SPONSOR_TYPE as SponsorType,
  };
}

/** Wiring only: the one place the application's ports meet their adapters. */
@Module({})
export class BillingModule implements NestModule {
  static forRoot(config: BillingConfig): DynamicModule {
    const settings = billingSettingsFrom(config);
    return {
      module: BillingModule,
      imports: [
        PlatformModule.forRoot({
          service: 'billing',
          config,
          persistence: BILLING_PERSISTENCE,
          access: BILLING_API.access,
          holidayCalendar: settings.calendar,
        }),
        MulterModule.register({ limits: { fileSize: config.BANK_STATEMENT_MAX_BYTES, files: 1 } }),
      ],
      controllers: [...BILLING_API.controllers, WorkerEventsConsumer],
      providers: [
        ...USE_CASES,
        { provide: BillingConfig, useValue: config },
        { provide: BillingSettings, useValue: settings },
        { provide: Clock, useValue: new SystemClock(config.BUSINESS_TIME_ZONE) },
        { provide: BillingStore, useClass: SqlBillingStore },
        { provide: BillingReads, useClass: SqlBillingReads },
        { provide: SponsorAccounts, useClass: SqlSponsorAccounts },
        { provide: DurableJobs, useValue: new DurableJobs(config.DATABASE_URL, 'jaring-billing-jobs') },
        DurableBillingRunQueue,
        { provide: BillingRunQueue, useExisting: DurableBillingRunQueue },
        DurableSupplementaryBillingPass,
        { provide: SupplementaryBillingPass, useExisting: DurableSupplementaryBillingPass },
        BillingScheduler,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
