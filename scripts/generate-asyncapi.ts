// Writes docs/asyncapi.yaml from the event contracts (npm run docs:asyncapi).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { renderAsyncApiYaml } from '../libs/contracts/src/asyncapi/asyncapi-document';

writeFileSync(new URL('../docs/asyncapi.yaml', import.meta.url), renderAsyncApiYaml());
process.stdout.write('docs/asyncapi.yaml written\n');
