// apps/<service>/openapi.json and the console's typed paths (apps/console/src/api/generated/<service>.ts),
// built from the controllers' metadata without a database or a broker: `npm run docs:openapi`.
// A test fails when the committed files and the code differ.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { PLATFORM_ACCESS } from '@jaring/auth';
import { HealthController } from '@jaring/observability';
import { serviceOpenApiDocument, type ServiceApi } from '@jaring/platform';
import { BILLING_API } from '../apps/billing/src/api/http/billing.api';
import { CLAIMS_API } from '../apps/claims/src/api/http/claims.api';
import { ENROLMENT_API } from '../apps/enrolment/src/api/http/enrolment.api';

export const SERVICE_APIS: readonly ServiceApi[] = [ENROLMENT_API, BILLING_API, CLAIMS_API];

const ROOT = join(__dirname, '..');

export interface GeneratedFile {
  path: string;
  content: string;
}

/** Objects with their keys sorted, at every depth: the committed document does not churn. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/**
 * The document the service serves at /docs, built from the same controllers with every
 * dependency stubbed: describing routes needs their metadata, not their work.
 */
export async function openApiDocumentOf(api: ServiceApi): Promise<Record<string, unknown>> {
  const moduleRef = await Test.createTestingModule({ controllers: [HealthController, ...api.controllers] })
    .useMocker(() => ({}))
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  try {
    return sortedKeys(serviceOpenApiDocument(app, api, { ...PLATFORM_ACCESS, ...api.access })) as Record<
      string,
      unknown
    >;
  } finally {
    await app.close();
  }
}

async function formatted(path: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}

/** The committed files of one service: its OpenAPI document and the console's types generated from it. */
export async function generatedFilesOf(api: ServiceApi): Promise<GeneratedFile[]> {
  const document = await openApiDocumentOf(api);
  const documentPath = join(ROOT, 'apps', api.service, 'openapi.json');
  const typesPath = join(ROOT, 'apps', 'console', 'src', 'api', 'generated', `${api.service}.ts`);
  const types = astToString(await openapiTS(document as never));
  const header = `// Generated from apps/${api.service}/openapi.json by \`npm run docs:openapi\`; do not edit by hand.\n`;
  return [
    { path: documentPath, content: await formatted(documentPath, JSON.stringify(document)) },
    { path: typesPath, content: await formatted(typesPath, header + types) },
  ];
}

if (require.main === module) {
  void (async () => {
    for (const api of SERVICE_APIS) {
      for (const file of await generatedFilesOf(api)) {
        writeFileSync(file.path, file.content);
        process.stdout.write(`wrote ${file.path.slice(ROOT.length + 1)}\n`);
      }
    }
  })();
}
