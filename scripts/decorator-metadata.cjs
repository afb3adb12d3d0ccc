// Loads TypeScript through swc with decorator metadata, as jest does: tsx (esbuild) emits none, and
// @nestjs/swagger reads each property's type from it. `node -r ./scripts/decorator-metadata.cjs x.ts`.
const { join } = require('node:path');
const { transformSync } = require('@swc/core');
const { addHook } = require('pirates');

const root = join(__dirname, '..');

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      jsc: {
        target: 'es2023',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
        baseUrl: root,
        paths: { '@jaring/*': ['libs/*/src'] },
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
