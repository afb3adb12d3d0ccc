import { readFileSync } from 'node:fs';
import request from 'supertest';
import { isAllowed, PLATFORM_ACCESS, PUBLIC, ROLES, routesOf } from '@jaring/auth';
import { AUTHORIZATION_DOC, renderAuthorizationDoc, SERVICE_ACCESS } from '../../scripts/authorization-doc';
import { type RunningServices, type ServiceName, startServices } from '../support/service-harness';
import { baseUrlOf } from '../support/test-environment';
import { bearer } from '../support/tokens';

/** A concrete path for a route pattern: unknown ids, so no allowed call can change anything. */
function pathOf(pattern: string): string {
  return pattern.replace(/:ref\b/, 'JRG-NO-SUCH-INVOICE').replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
}

describe('authorization as data: every route in the matrix, every role checked against it on the running services', () => {
  let services: RunningServices;

  beforeAll(async () => {
    services = await startServices(['enrolment', 'billing', 'claims'], { label: 'matrix' });
  });

  afterAll(async () => services?.stop());

  it('the committed docs/authorization.md is the matrices rendered', async () => {
    expect(readFileSync(AUTHORIZATION_DOC, 'utf8')).toBe(await renderAuthorizationDoc());
  });

  it.each(Object.keys(SERVICE_ACCESS) as ServiceName[])(
    '%s: every route Nest serves has a matrix entry and every entry a route',
    (service) => {
      const matrix = { ...PLATFORM_ACCESS, ...SERVICE_ACCESS[service] };
      const served = routesOf(services.get(service));
      expect({ service, withoutEntry: served.filter((route) => !(route in matrix)) }).toEqual({
        service,
        withoutEntry: [],
      });
      expect({ service, withoutRoute: Object.keys(matrix).filter((route) => !served.includes(route)) }).toEqual({
        service,
        withoutRoute: [],
      });
    },
  );

  it.each(Object.keys(SERVICE_ACCESS) as ServiceName[])(
    '%s: each role gets past the guard exactly where the matrix allows it, and no token is 401',
    async (service) => {
      const app = services.get(service);
      const matrix = { ...PLATFORM_ACCESS, ...SERVICE_ACCESS[service] };
      const tokens = Object.fromEntries(
        await Promise.all(ROLES.map(async (role) => [role, await bearer(`matrix-${role}`, role)] as const)),
      );
      const mismatches: string[] = [];
      for (const [route, rule] of Object.entries(matrix)) {
        const [method, pattern] = route.split(' ');
        const call = () =>
          request(baseUrlOf(app))
            [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](pathOf(pattern))
            .send({});
        const anonymous = (await call()).status;
        if (rule === PUBLIC ? anonymous === 403 || anonymous === 404 : anonymous !== 401) {
          mismatches.push(`${route} without a token: ${anonymous}`);
        }
        if (rule === PUBLIC) continue;
        for (const role of ROLES) {
          const { status } = await call().set('Authorization', tokens[role]);
          const allowed = isAllowed(rule, [role]);
          if (allowed ? status === 401 || status === 403 : status !== 403) {
            mismatches.push(`${route} as ${role}: ${status} (${allowed ? 'allowed' : 'denied'} by the matrix)`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
