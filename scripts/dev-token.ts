// Prints a bearer token for local use: npm run --silent dev:token -- claims-officer [finance ...]
// Signed with JWT_SECRET when set, otherwise the development secret; valid for 8 hours.
import { isRole, ROLES, signToken } from '@jaring/auth';
import { DEVELOPMENT_JWT_SECRET } from '@jaring/config';

const roles = process.argv.slice(2);
const unknown = roles.filter((role) => !isRole(role));
if (roles.length === 0 || unknown.length > 0) {
  process.stderr.write(`usage: npm run --silent dev:token -- <role> [<role> ...]\nroles: ${ROLES.join(', ')}\n`);
  if (unknown.length > 0) process.stderr.write(`unknown role: ${unknown.join(', ')}\n`);
  process.exit(2);
}
process.stdout.write(`${signToken(process.env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET, roles.filter(isRole))}\n`);
