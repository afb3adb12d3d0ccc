// Writes docs/asyncapi.yaml from the event contracts (npm run docs:asyncapi).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsyncApiYaml } from '../libs/contracts/src/asyncapi/asyncapi-document';

writeFileSync(join(__dirname, '../docs/asyncapi.yaml'), renderAsyncApiYaml());
process.stdout.write('docs/asyncapi.yaml written\n');
