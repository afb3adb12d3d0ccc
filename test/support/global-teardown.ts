import { Client } from 'pg';
import { assertTestDatabaseName } from '../../libs/persistence/src/ensure-database';

/** Drops this run's throwaway databases and stops whatever the setup started. */
export default async function globalTeardown(): Promise<void> {
  const infrastructure = globalThis.jaringTestInfrastructure;
  if (!infrastructure) return;
  globalThis.jaringTestInfrastructure = undefined;
  const client = new Client({ connectionString: `${infrastructure.postgresUrl}/postgres` });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `%test_${infrastructure.runId}%`,
    ]);
    for (const { datname } of rows) {
      assertTestDatabaseName(datname);
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
  await infrastructure.stop();
}
