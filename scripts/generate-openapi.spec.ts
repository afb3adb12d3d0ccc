import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generatedFilesOf, openApiDocumentOf, SERVICE_APIS } from './generate-openapi';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

type Document = { paths: Record<string, Record<string, Operation>> };

describe.each(SERVICE_APIS.map((api) => [api.service, api] as const))('the OpenAPI document of %s', (_service, api) => {
  let document: Document;

  beforeAll(async () => {
    document = (await openApiDocumentOf(api)) as unknown as Document;
  });

  it('is committed as generated, with the console types generated from it', async () => {
    for (const file of await generatedFilesOf(api)) {
      const committed = readFileSync(file.path, 'utf8');
      const stale = `${relative(process.cwd(), file.path)} is not what the code describes: run \`npm run docs:openapi\` and commit the result`;
      expect({ file: stale, same: committed === file.content }).toEqual({ file: stale, same: true });
    }
  });

  it('describes every route of the access matrix', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
    );
    expect(Object.keys(api.access).filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('gives every successful answer a schema', () => {
    const withoutSchema = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) =>
          Object.entries(operation.responses).some(
            ([status, response]) =>
              status.startsWith('2') && !Object.values(response.content ?? {}).some((media) => media.schema),
          ),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(withoutSchema).toEqual([]);
  });
});
