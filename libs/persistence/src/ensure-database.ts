import { Client } from 'pg';

/** Creates the service's database on its server if it does not exist yet (idempotent). */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to create a database named "${name}"`);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      // CREATE DATABASE cannot take a parameter; the name was checked against a strict pattern above.
      await client.query(`CREATE DATABASE ${name}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by a sibling process
      });
    }
  } finally {
    await client.end();
  }
}

/** Drops a throwaway test database; refuses any name that does not say it is one. */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  assertTestDatabaseName(name);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function assertTestDatabaseName(name: string): void {
  if (!/^[a-z0-9_]*test[a-z0-9_]*$/.test(name)) {
    throw new Error(`"${name}" is not a test database name (it must contain "test"); refusing to touch it`);
  }
}
