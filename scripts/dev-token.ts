// Prints an access token issued by the local OpenID provider (started by `npm start`) for one officer:
//   npm run --silent dev:token -- <role> [--tenant <code>] [--sub <name>]
// Default tenant 76.04; default subject dev-<role>. OIDC_ISSUER names another local provider.
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '@jaring/auth';
import { issueOfficerToken } from '../deploy/local/identity/officer-tokens';

const usage = `usage: npm run --silent dev:token -- <role> [--tenant <code>] [--sub <name>]\nroles: ${ROLES.join(', ')}\n`;

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { tenant: { type: 'string', multiple: true }, sub: { type: 'string' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const roles = parsed.positionals;
  const unknown = roles.filter((role) => !isRole(role));
  if (roles.length === 0 || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown role: ${unknown.join(', ')}\n` : ''}${usage}`);
    process.exit(2);
  }
  const issuer = process.env.OIDC_ISSUER ?? 'http://127.0.0.1:3010';
  const token = await issueOfficerToken(issuer, {
    sub: parsed.values.sub ?? `dev-${roles.join('+')}`,
    roles: roles.filter(isRole),
    tenants: parsed.values.tenant,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n(is \`npm start\` running the local OpenID provider?)\n`);
  process.exit(1);
});
