import type { DataSourceOptions } from 'typeorm';

export interface ServiceDataSourceInput {
  databaseUrl: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  applicationName: string;
  poolSize?: number;
}

/** One way every service talks to its own database: migrations run at start, never `synchronize`. */
export function serviceDataSourceOptions(input: ServiceDataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.databaseUrl,
    entities: input.entities,
    migrations: input.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName: input.applicationName,
    extra: { max: input.poolSize ?? 10 },
  };
}
