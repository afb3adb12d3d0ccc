// docs/authorization.md, rendered from the services' access matrices: `npm run docs:authorization`.
// A test fails when the committed document and the matrices differ.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { type AccessMatrix, PLATFORM_ACCESS, renderAccessMatrix } from '@jaring/auth';
import { BILLING_ACCESS } from '../apps/billing/src/api/http/access';
import { CLAIMS_ACCESS } from '../apps/claims/src/api/http/access';
import { ENROLMENT_ACCESS } from '../apps/enrolment/src/api/http/access';

export const SERVICE_ACCESS: Record<string, AccessMatrix> = {
  enrolment: ENROLMENT_ACCESS,
  billing: BILLING_ACCESS,
  claims: CLAIMS_ACCESS,
};

export const AUTHORIZATION_DOC = join(__dirname, '..', 'docs', 'authorization.md');

/** The document as committed: rendered, then formatted like every Markdown file of the repository. */
export async function renderAuthorizationDoc(): Promise<string> {
  const sections = Object.entries(SERVICE_ACCESS).map(([service, matrix]) =>
    renderAccessMatrix(service, { ...PLATFORM_ACCESS, ...matrix }),
  );
  const routes = Object.values(SERVICE_ACCESS).reduce(
    (sum, matrix) => sum + Object.keys({ ...PLATFORM_ACCESS, ...matrix }).length,
    0,
  );
  const markdown = `# Who may call what

<!-- Rendered by \`npm run docs:authorization\` from apps/*/src/api/http/access.ts; do not edit by hand. -->

Every route of every service is in its service's access matrix; the guard (libs/auth) refuses a
route that is missing (403) and a role that is not listed (403), and a request without a valid
token (401). \`public\` routes need no token (health, and the bank's notifications, which
carry an HMAC signature instead). ${routes} routes × 5 roles. Every request is also limited to the
regencies in the token's \`tenants\` claim: another regency's record is not found (404), and a write
naming a regency the caller lacks is refused (403).

${sections.join('\n')}`;
  return format(markdown, { ...(await resolveConfig(AUTHORIZATION_DOC)), parser: 'markdown' });
}

if (require.main === module) {
  void renderAuthorizationDoc().then((document) => {
    writeFileSync(AUTHORIZATION_DOC, document);
    process.stdout.write(`wrote ${AUTHORIZATION_DOC}\n`);
  });
}
