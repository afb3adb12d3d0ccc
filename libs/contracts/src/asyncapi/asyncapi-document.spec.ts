import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { renderAsyncApiYaml } from './asyncapi-document';

const COMMITTED = join(__dirname, '../../../../docs/asyncapi.yaml');

describe('AsyncAPI document', () => {
  const generated = renderAsyncApiYaml();

  it('is a valid AsyncAPI 3.0 document', async () => {
    const { document, diagnostics } = await new Parser().parse(generated);
    const errors = diagnostics
      .filter((diagnostic) => diagnostic.severity === 0)
      .map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(
      document
        ?.channels()
        .all()
        .map((channel) => channel.address()),
    ).toContain('jaring.enrolment.worker.v1');
  });

  it('is committed as generated (run `npm run docs:asyncapi` after changing a contract)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(generated);
  });
});
