// The console container's process (deploy/console.Dockerfile): the console server on its port,
// closed cleanly on SIGTERM so a rolling update drops no request.
import { consoleConfigFrom } from './console-config';
import { createConsoleServer } from './console-server';

const config = consoleConfigFrom(process.env);
const server = createConsoleServer({
  staticDir: config.CONSOLE_STATIC_DIR,
  issuer: config.OIDC_ISSUER,
  clientId: config.OIDC_CONSOLE_CLIENT_ID,
  resource: config.OIDC_API_RESOURCE,
  services: { enrolment: config.ENROLMENT_URL, billing: config.BILLING_URL, claims: config.CLAIMS_URL },
}).listen(config.PORT, () => process.stdout.write(`{"msg":"officer console listening","port":${config.PORT}}\n`));

process.on('SIGTERM', () => server.close(() => process.exit(0)));
