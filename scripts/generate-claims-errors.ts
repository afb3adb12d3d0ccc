// Writes the roles per endpoint and the error catalogue of the claims API into apps/claims/README.md
// (npm run docs:claims-errors).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { withGeneratedSections } from '../apps/claims/src/api/http/claims-guide';

async function main(): Promise<void> {
  const path = join(__dirname, '../apps/claims/README.md');
  const updated = withGeneratedSections(readFileSync(path, 'utf8'));
  writeFileSync(path, await format(updated, { ...(await resolveConfig(path)), filepath: path }));
  process.stdout.write('apps/claims/README.md: roles and error catalogue written\n');
}

void main();
