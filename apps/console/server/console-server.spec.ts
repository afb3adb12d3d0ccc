import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_RESOURCE, CONSOLE_CLIENT_ID } from '../../../deploy/local/identity/directory';
import { createConsoleServer } from './console-server';

function listen(server: Server): Promise<string> {
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => ready(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

const close = (server: Server) => new Promise((closed) => server.close(closed));

describe('the console server', () => {
  const build = mkdtempSync(join(tmpdir(), 'console-build-'));
  writeFileSync(join(build, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(tmpdir(), 'outside-the-build.txt'), 'secret');
  const received: { method?: string; url?: string; authorization?: string; body: string }[] = [];
  const claims = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body });
      response.writeHead(409, { 'content-type': 'application/json' }).end('{"code":"ALREADY_CLAIMED"}');
    });
  });
  let consoleServer: Server;
  let origin: string;

  beforeAll(async () => {
    const claimsUrl = await listen(claims);
    consoleServer = createConsoleServer({
      staticDir: build,
      issuer: 'http://127.0.0.1:3010',
      clientId: CONSOLE_CLIENT_ID,
      resource: API_RESOURCE,
      // Nothing listens on port 9 of this machine: an unreachable service.
      services: { claims: claimsUrl, enrolment: 'http://127.0.0.1:9', billing: 'http://127.0.0.1:9' },
    });
    origin = await listen(consoleServer);
  });

  afterAll(async () => {
    await close(consoleServer);
    await close(claims);
  });

  it('tells the browser which provider and client to sign in with', async () => {
    const response = await fetch(`${origin}/config.json`);
    await expect(response.json()).resolves.toEqual({
      issuer: 'http://127.0.0.1:3010',
      clientId: 'jaring-console',
      resource: 'urn:jaring:api',
    });
  });

  it('answers the container probes without a build file of that name', async () => {
    const response = await fetch(`${origin}/health/live`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ status: 'ok' });
  });

  it('forwards /api/<service>/… to the service with method, path, query, token and body, and passes its answer back', async () => {
    const response = await fetch(`${origin}/api/claims/v1/claims/accidents?dryRun=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer token-of-andi', 'content-type': 'application/json' },
      body: '{"workerId":"w-1"}',
    });
    expect(response.status).toBe(409);
    await expect(response.json()).resolves.toEqual({ code: 'ALREADY_CLAIMED' });
    expect(received).toEqual([
      {
        method: 'POST',
        url: '/v1/claims/accidents?dryRun=1',
        authorization: 'Bearer token-of-andi',
        body: '{"workerId":"w-1"}',
      },
    ]);
  });

  it('answers 502 when a service cannot be reached', async () => {
    const response = await fetch(`${origin}/api/enrolment/v1/workers`);
    expect(response.status).toBe(502);
    await expect(response.json()).resolves.toEqual({ statusCode: 502, message: 'the service is not reachable' });
  });

  it('serves the app for its own routes and never a file outside the build', async () => {
    for (const path of ['/claims/3f0c', '/..%2foutside-the-build.txt']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      await expect(response.text()).resolves.toContain('<title>console</title>');
    }
  });
});
