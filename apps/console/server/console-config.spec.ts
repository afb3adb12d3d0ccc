import { consoleConfigFrom } from './console-config';

const SERVICES = {
  OIDC_ISSUER: 'https://sso.jaring.example/realms/jaring',
  ENROLMENT_URL: 'http://enrolment:3001',
  BILLING_URL: 'http://billing:3002',
  CLAIMS_URL: 'http://claims:3003',
};

describe("the console container's configuration", () => {
  it('takes the provider and the services, with the client, resource, port and build by default', () => {
    expect(consoleConfigFrom(SERVICES)).toEqual({
      ...SERVICES,
      PORT: 3000,
      OIDC_CONSOLE_CLIENT_ID: 'jaring-console',
      OIDC_API_RESOURCE: 'urn:jaring:api',
      CONSOLE_STATIC_DIR: 'dist/console',
    });
  });

  it('refuses to start without a service or with a malformed value, naming each variable', () => {
    expect(() => consoleConfigFrom({ ...SERVICES, CLAIMS_URL: undefined, BILLING_URL: 'billing', PORT: 'x' })).toThrow(
      'console configuration: BILLING_URL must be an http(s) URL; CLAIMS_URL is required; PORT must be a port number',
    );
  });
});
