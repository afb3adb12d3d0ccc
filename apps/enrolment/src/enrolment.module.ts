import {
  type DynamicModule,
  type InjectionToken,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Provider,
} from '@nestjs/common';
import { ENROLMENT_API } from './api/http/enrolment.api';
import { MulterModule } from '@nestjs/platform-express';
import { DurableJobs } from '@jaring/jobs';
import { PlatformModule, applyHttpMetrics, type ServicePersistence } from '@jaring/platform';
import { ActivateDueWorkersHandler } from './application/activate-due-workers/activate-due-workers.handler';
import { AddFamilyMemberHandler } from './application/add-family-member/add-family-member.handler';
import { ChangeWorkerStatusHandler } from './application/change-worker-status/change-worker-status.handler';
import { CreateSponsorHandler } from './application/create-sponsor/create-sponsor.handler';
import { AuditTrail } from '@jaring/audit';
import { GetWorkerHandler } from './application/get-worker/get-worker.handler';
import { Clock } from './application/ports/clock';
import { ContributionBases } from './application/shared/contribution-bases';
import { ImportFileReader } from './application/ports/import-file.reader';
import { ImportFileStore } from './application/ports/import-file.store';
import { ImportJobRepository } from './application/ports/import-job.repository';
import { ImportQueue } from './application/ports/import-queue';
import { ImportSettings } from './application/ports/import-settings';
import { EnrolmentWindowSettings } from './application/ports/enrolment-window.settings';
import { ImportTemplates } from './application/ports/import-templates';
import { ReferenceData } from './application/ports/reference-data';
import { SponsorRepository } from './application/ports/sponsor.repository';
import { WorkerRepository } from './application/ports/worker.repository';
import { ReadImportJobHandler } from './application/read-import-job/read-import-job.handler';
import { ReadSponsorsHandler } from './application/read-sponsors/read-sponsors.handler';
import { RecordDeathHandler } from './application/record-death/record-death.handler';
import { RetractDeathHandler } from './application/retract-death/retract-death.handler';
import { RecordMembershipLapseHandler } from './application/record-membership-lapse/record-membership-lapse.handler';
import { RegisterWorkerHandler } from './application/register-worker/register-worker.handler';
import { RemoveFamilyMemberHandler } from './application/remove-family-member/remove-family-member.handler';
import { ConfirmNotDuplicateHandler } from './application/review-duplicate/confirm-not-duplicate.handler';
import { RunWorkerImportHandler } from './application/run-worker-import/run-worker-import.handler';
import { SearchWorkersHandler } from './application/search-workers/search-workers.handler';
import { StartWorkerImportHandler } from './application/start-worker-import/start-worker-import.handler';
import { UpdateFamilyMemberHandler } from './application/update-family-member/update-family-member.handler';
import { UpdateWorkerHandler } from './application/update-worker/update-worker.handler';
import { EnrolmentConfig } from './enrolment.config';
import { SystemClock } from './infrastructure/clock/system-clock';
import { DurableImportQueue } from './infrastructure/imports/durable-import.queue';
import { SeedImportTemplates } from './infrastructure/imports/seed-import-templates';
import { SpreadsheetImportReader } from './infrastructure/imports/spreadsheet-import.reader';
import { LifecycleEventsConsumer } from './infrastructure/messaging/lifecycle-events.consumer';
import { FamilyMemberOrmEntity } from './infrastructure/persistence/family-member.orm-entity';
import { ImportJobOrmEntity } from './infrastructure/persistence/import-job.orm-entity';
import { ImportRowErrorOrmEntity } from './infrastructure/persistence/import-row-error.orm-entity';
import { Workers1764000000001 } from './infrastructure/persistence/migrations/1764000000001-workers';
import { EnrolmentModel1764000000002 } from './infrastructure/persistence/migrations/1764000000002-enrolment-model';
import { DeathClaimOnStatusHistory1765400000110 } from './infrastructure/persistence/migrations/1765400000110-death-claim-on-status-history';
import { PriorMembership1765500000120 } from './infrastructure/persistence/migrations/1765500000120-prior-membership';
import { DurableImports1765600000100 } from './infrastructure/persistence/migrations/1765600000100-durable-imports';
import { ImportFileParts1765600000200 } from './infrastructure/persistence/migrations/1765600000200-import-file-parts';
import { BackdatedEnrolments1765700000100 } from './infrastructure/persistence/migrations/1765700000100-backdated-enrolments';
import { TypeormBackdatedEnrolmentRepository } from './infrastructure/persistence/typeorm-backdated-enrolment.repository';
import { BackdatedEnrolmentRepository } from './application/ports/backdated-enrolment.repository';
import { BackdatedEnrolmentHandlers } from './application/backdated-enrolment/backdated-enrolment.handlers';
import { PostgresImportFileStore } from './infrastructure/persistence/postgres-import-file.store';
import { SponsorOrmEntity } from './infrastructure/persistence/sponsor.orm-entity';
import { TypeormImportJobRepository } from './infrastructure/persistence/typeorm-import-job.repository';
import { TypeormSponsorRepository } from './infrastructure/persistence/typeorm-sponsor.repository';
import { TypeormWorkerRepository } from './infrastructure/persistence/typeorm-worker.repository';
import { WorkerStatusHistoryOrmEntity } from './infrastructure/persistence/worker-status-history.orm-entity';
import { WorkerOrmEntity } from './infrastructure/persistence/worker.orm-entity';
import { SeedReferenceData } from './infrastructure/reference/seed-reference-data';
import { ActivationScheduler } from './infrastructure/scheduling/activation.scheduler';
import { declaredIncomeLimits } from './domain';
import { readIncomeBracketFile } from '@jaring/income-basis';

/** Tables this service owns; the migration Job uses the same list. */
export const ENROLMENT_PERSISTENCE: ServicePersistence = {
  entities: [
    SponsorOrmEntity,
    WorkerOrmEntity,
    WorkerStatusHistoryOrmEntity,
    FamilyMemberOrmEntity,
    ImportJobOrmEntity,
    ImportRowErrorOrmEntity,
  ],
  migrations: [
    Workers1764000000001,
    EnrolmentModel1764000000002,
    DeathClaimOnStatusHistory1765400000110,
    PriorMembership1765500000120,
    DurableImports1765600000100,
    ImportFileParts1765600000200,
    BackdatedEnrolments1765700000100,
  ],
};

/**
 * A use case built from its ports. The application layer is plain TypeScript (no Nest decorators,
 * so its tests run without the framework); this is where its constructor arguments are named, in order.
 */
function useCase<T>(type: new (...args: never[]) => T, ...inject: InjectionToken[]): Provider {
  return { provide: type, useFactory: (...ports: never[]) => new type(...ports), inject };
}

const USE_CASES: Provider[] = [
  useCase(CreateSponsorHandler, SponsorRepository, ReferenceData),
  useCase(ReadSponsorsHandler, SponsorRepository),
  useCase(RegisterWorkerHandler, SponsorRepository, WorkerRepository, ReferenceData, Clock, EnrolmentWindowSettings),
  useCase(UpdateWorkerHandler, SponsorRepository, WorkerRepository, ReferenceData, Clock),
  useCase(ConfirmNotDuplicateHandler, WorkerRepository, Clock),
  useCase(ChangeWorkerStatusHandler, WorkerRepository, Clock),
  useCase(RecordMembershipLapseHandler, WorkerRepository, Clock),
  useCase(RecordDeathHandler, WorkerRepository, Clock),
  useCase(RetractDeathHandler, WorkerRepository, Clock),
  useCase(ActivateDueWorkersHandler, WorkerRepository, Clock),
  useCase(AddFamilyMemberHandler, WorkerRepository, ReferenceData, Clock),
  useCase(UpdateFamilyMemberHandler, WorkerRepository, ReferenceData, Clock),
  useCase(RemoveFamilyMemberHandler, WorkerRepository, Clock),
  useCase(SearchWorkersHandler, WorkerRepository),
  useCase(GetWorkerHandler, WorkerRepository, AuditTrail),
  useCase(
    StartWorkerImportHandler,
    SponsorRepository,
    ImportJobRepository,
    ImportFileStore,
    ImportFileReader,
    ImportQueue,
  ),
  useCase(
    RunWorkerImportHandler,
    ImportJobRepository,
    ImportFileStore,
    ImportFileReader,
    SponsorRepository,
    ReferenceData,
    Clock,
    ImportSettings,
    EnrolmentWindowSettings,
  ),
  useCase(ReadImportJobHandler, ImportJobRepository, ImportTemplates),
  useCase(
    BackdatedEnrolmentHandlers,
    BackdatedEnrolmentRepository,
    RegisterWorkerHandler,
    Clock,
    EnrolmentWindowSettings,
  ),
];

/** Wiring only: the one place the application's ports meet their adapters. */
@Module({})
export class EnrolmentModule implements NestModule {
  static forRoot(config: EnrolmentConfig): DynamicModule {
    // Loaded once at start from the seed folder shipped with the service; a bad file stops the boot.
    const referenceData = SeedReferenceData.load(config.SEED_DIR);
    const templates = SeedImportTemplates.load(config.SEED_DIR);
    const incomeBrackets = readIncomeBracketFile(config.INCOME_BRACKETS_FILE, declaredIncomeLimits());
    const importSettings: ImportSettings = {
      batchSize: config.IMPORT_BATCH_SIZE,
      maxRows: config.IMPORT_MAX_ROWS,
      maxQueuedBytes: config.IMPORT_QUEUE_MAX_BYTES,
    };

    return {
      module: EnrolmentModule,
      imports: [
        PlatformModule.forRoot({
          service: 'enrolment',
          config,
          sealingKeyFile: config.EVENT_SEALING_KEYS_FILE,
          persistence: ENROLMENT_PERSISTENCE,
          access: ENROLMENT_API.access,
        }),
        // No storage given: multer keeps an upload in memory (at most IMPORT_MAX_FILE_BYTES, larger is a 413) until it is stored in the database.
        MulterModule.register({ limits: { fileSize: config.IMPORT_MAX_FILE_BYTES, files: 1 } }),
      ],
      controllers: [...ENROLMENT_API.controllers, LifecycleEventsConsumer],
      providers: [
        ...USE_CASES,
        { provide: EnrolmentConfig, useValue: config },
        { provide: DurableJobs, useValue: new DurableJobs(config.DATABASE_URL, 'jaring-enrolment-jobs') },
        { provide: Clock, useValue: new SystemClock(config.BUSINESS_TIME_ZONE) },
        { provide: ReferenceData, useValue: referenceData },
        {
          provide: ContributionBases,
          useFactory: (clock: Clock) => new ContributionBases(incomeBrackets, clock),
          inject: [Clock],
        },
        { provide: ImportTemplates, useValue: templates },
        { provide: ImportSettings, useValue: importSettings },
        { provide: EnrolmentWindowSettings, useValue: config.enrolmentWindow },
        { provide: SponsorRepository, useClass: TypeormSponsorRepository },
        { provide: WorkerRepository, useClass: TypeormWorkerRepository },
        { provide: BackdatedEnrolmentRepository, useClass: TypeormBackdatedEnrolmentRepository },
        { provide: ImportJobRepository, useClass: TypeormImportJobRepository },
        { provide: ImportFileReader, useValue: new SpreadsheetImportReader(config.importFileLimits) },
        { provide: ImportFileStore, useClass: PostgresImportFileStore },
        DurableImportQueue,
        { provide: ImportQueue, useExisting: DurableImportQueue },
        ActivationScheduler,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    applyHttpMetrics(consumer);
  }
}
