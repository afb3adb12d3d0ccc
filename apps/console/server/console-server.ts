// The console's server: the built single-page app (dist/console), the runtime configuration the
// browser signs in with (`/config.json`), and a same-origin proxy to the three services
// (`/api/claims/v1/claims` → claims' `/v1/claims`), so the services need no CORS.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export interface ConsoleServerOptions {
  /** The built app (`vite build apps/console`). */
  staticDir: string;
  /** The OpenID provider officers sign in with, the console's public client there, and the API's resource indicator. */
  issuer: string;
  clientId: string;
  resource: string;
  /** Base URLs of the services the browser reaches under `/api/<name>/`. */
  services: Record<'enrolment' | 'billing' | 'claims', string>;
}

export const CONSOLE_BUILD_DIR = resolve(__dirname, '../../../dist/console');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

function proxy(incoming: IncomingMessage, response: ServerResponse, target: URL): void {
  const forwarded = request(
    target,
    { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
    (upstream) => {
      response.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(response);
    },
  );
  forwarded.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ statusCode: 502, message: 'the service is not reachable' }));
  });
  incoming.pipe(forwarded);
}

function serveFile(response: ServerResponse, staticDir: string, path: string): void {
  const file = normalize(join(staticDir, decodeURIComponent(path)));
  const inside = file.startsWith(staticDir + sep) && existsSync(file) && statSync(file).isFile();
  // Client-side routes (/claims/…) get the app itself; hashed assets may be cached for good.
  const served = inside ? file : join(staticDir, 'index.html');
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
    'cache-control': served.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(served).pipe(response);
}

export function createConsoleServer(options: ConsoleServerOptions): Server {
  const staticDir = resolve(options.staticDir);
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`no console build in ${staticDir}: run npm run build:console`);
  }
  const config = JSON.stringify({ issuer: options.issuer, clientId: options.clientId, resource: options.resource });
  return createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://console.invalid');
    const api = /^\/api\/(enrolment|billing|claims)(\/.*)$/.exec(url.pathname);
    if (api) {
      const base = options.services[api[1] as keyof ConsoleServerOptions['services']];
      return proxy(incoming, response, new URL(`${api[2]}${url.search}`, base));
    }
    // Probes of the container (deploy/k8s/base/console): the process serves.
    if (url.pathname === '/health/live' || url.pathname === '/health/ready') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return response.end('{"status":"ok"}');
    }
    if (url.pathname === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return response.end(config);
    }
    if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' });
      return response.end();
    }
    serveFile(response, staticDir, url.pathname);
  });
}
