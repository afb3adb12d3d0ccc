// The sandbox bank as a process: `tsx apps/sandbox-bank/src/main.ts` (or dist/apps/sandbox-bank/src/main.js).
import 'reflect-metadata';
import { loadConfig } from '@jaring/config';
import { SandboxBank } from './sandbox-bank';
import { SandboxBankConfig } from './sandbox-bank.config';

async function main(): Promise<void> {
  const config = loadConfig(SandboxBankConfig);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const bank = new SandboxBank({
    webhookUrl: config.SANDBOX_BANK_WEBHOOK_URL || undefined,
    webhookSecret: config.SANDBOX_BANK_WEBHOOK_SECRET,
    log,
  });
  const url = await bank.listen(config.SANDBOX_BANK_PORT, config.SANDBOX_BANK_HOST);
  log(`sandbox bank listening on ${url} (notifications to ${config.SANDBOX_BANK_WEBHOOK_URL || 'nobody'})`);
  const stop = () => void bank.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox-bank: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
