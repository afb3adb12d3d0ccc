// The console container's settings, read once from its environment and checked before it serves:
// a missing or malformed value stops the start with the variable's name.

export interface ConsoleConfig {
  PORT: number;
  /** The OpenID provider (the Keycloak realm in production) officers sign in with. */
  OIDC_ISSUER: string;
  OIDC_CONSOLE_CLIENT_ID: string;
  /** The API's resource indicator (RFC 8707) the access token is asked for. */
  OIDC_API_RESOURCE: string;
  ENROLMENT_URL: string;
  BILLING_URL: string;
  CLAIMS_URL: string;
  /** The built app (`vite build apps/console`). */
  CONSOLE_STATIC_DIR: string;
}

const DEFAULTS: Partial<Record<keyof ConsoleConfig, string>> = {
  PORT: '3000',
  OIDC_CONSOLE_CLIENT_ID: 'jaring-console',
  OIDC_API_RESOURCE: 'urn:jaring:api',
  CONSOLE_STATIC_DIR: 'dist/console',
};

const URLS = ['OIDC_ISSUER', 'ENROLMENT_URL', 'BILLING_URL', 'CLAIMS_URL'] as const;

export function consoleConfigFrom(env: Record<string, string | undefined>): ConsoleConfig {
  const value = (name: keyof ConsoleConfig) => env[name] || DEFAULTS[name];
  const problems: string[] = [];
  for (const name of URLS) {
    const given = value(name);
    if (!given) problems.push(`${name} is required`);
    else if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(given)) problems.push(`${name} must be an http(s) URL`);
  }
  const port = Number(value('PORT'));
  if (!Number.isInteger(port) || port < 1 || port > 65_535) problems.push('PORT must be a port number');
  if (problems.length > 0) throw new Error(`console configuration: ${problems.join('; ')}`);
  return {
    PORT: port,
    OIDC_ISSUER: value('OIDC_ISSUER')!,
    OIDC_CONSOLE_CLIENT_ID: value('OIDC_CONSOLE_CLIENT_ID')!,
    OIDC_API_RESOURCE: value('OIDC_API_RESOURCE')!,
    ENROLMENT_URL: value('ENROLMENT_URL')!,
    BILLING_URL: value('BILLING_URL')!,
    CLAIMS_URL: value('CLAIMS_URL')!,
    CONSOLE_STATIC_DIR: value('CONSOLE_STATIC_DIR')!,
  };
}
