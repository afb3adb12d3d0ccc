// `npm run --silent event-sealing-keys -- <command>`: writes event sealing key files (docs/adr/0008)
// to stdout, for the Secret jaring-event-sealing (docs/operations.md, "Secrets") or compose.
//   new <keyId>              a key file with one fresh key, active
//   add <file> <keyId>       the file plus a fresh key, the active key unchanged (rotation step 1)
//   activate <file> <keyId>  the file with <keyId> sealing new events (step 2, once every reader has it)
//   retire <file> <keyId>    the file without <keyId> (step 3, once nothing sealed with it is retained)
// Key material goes to stdout only: redirect it into a file or `kubectl create secret`, never a log.
import { readFileSync } from 'node:fs';
import { generateSealingKeyFile, parseSealingKeyring } from '../libs/contracts/src/sealing/sealed-personal-data';

interface KeyFile {
  active: string;
  keys: Record<string, string>;
}

function read(path: string): KeyFile {
  const text = readFileSync(path, 'utf8');
  parseSealingKeyring(text); // refuses a broken file before anything is derived from it
  return JSON.parse(text) as KeyFile;
}

function written(file: KeyFile): string {
  parseSealingKeyring(JSON.stringify(file)); // never print a file the services would refuse
  return `${JSON.stringify(file, null, 2)}\n`;
}

function run([command, ...args]: string[]): string {
  switch (command) {
    case 'new':
      return written(JSON.parse(generateSealingKeyFile(args[0])) as KeyFile);
    case 'add': {
      const file = read(args[0]);
      if (Object.hasOwn(file.keys, args[1])) throw new Error(`key ${args[1]} is in the file already`);
      const fresh = JSON.parse(generateSealingKeyFile(args[1])) as KeyFile;
      return written({ active: file.active, keys: { ...file.keys, ...fresh.keys } });
    }
    case 'activate':
      return written({ ...read(args[0]), active: args[1] });
    case 'retire': {
      const file = read(args[0]);
      if (file.active === args[1]) throw new Error(`key ${args[1]} is active: activate another one first`);
      const { [args[1]]: _retired, ...keys } = file.keys;
      return written({ active: file.active, keys });
    }
    default:
      throw new Error('usage: event-sealing-keys new <keyId> | add|activate|retire <file> <keyId>');
  }
}

try {
  process.stdout.write(run(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`event-sealing-keys: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
