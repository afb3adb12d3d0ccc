// `npm run audit:verify [-- --database <service>=<postgres url> ...]`: walks each service's audit
// chain and exits 1 naming the first row whose sequence, link or hash does not match (2 when a
// database cannot be read). Without --database it checks the local databases `npm start` uses.
import { Client } from 'pg';
import { verifyAuditChain, type ChainVerdict } from '../audit-log';

const LOCAL_DATABASES = ['enrolment', 'billing', 'claims'].map(
  (service) => [service, `postgres://postgres@127.0.0.1:5432/jaring_${service}`] as const,
);

async function verifyDatabase(url: string): Promise<ChainVerdict> {
  const client = new Client({ connectionString: url, application_name: 'jaring-audit-verify' });
  await client.connect();
  try {
    return await verifyAuditChain({ query: async (sql, parameters) => (await client.query(sql, parameters)).rows });
  } finally {
    await client.end();
  }
}

async function main(args: string[]): Promise<number> {
  const given = args.flatMap((arg, index) => (arg === '--database' && args[index + 1] ? [args[index + 1]] : []));
  const targets =
    given.length > 0 ? given.map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]) : LOCAL_DATABASES;
  let exitCode = 0;
  for (const [service, url] of targets) {
    try {
      const verdict = await verifyDatabase(url);
      if (verdict.ok) {
        process.stdout.write(`${service}: ${verdict.rows} audit row(s), chain intact, head ${verdict.head}\n`);
      } else {
        process.stdout.write(`${service}: audit row ${verdict.seq} does not match: ${verdict.problem}\n`);
        exitCode = Math.max(exitCode, 1);
      }
    } catch (error) {
      process.stderr.write(`${service}: cannot read the audit log: ${(error as Error).message}\n`);
      exitCode = 2;
    }
  }
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(2);
  },
);
