import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';

/** One operation of a service's HTTP API, its path parameters filled in with fresh ids. */
export interface ApiRoute {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** e.g. /v1/workers/6f1c…/status: every `{param}` replaced by a random UUID. */
  readonly path: string;
  /** The documented `{param}` form, for messages. */
  readonly template: string;
  readonly queryParameters: readonly string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation the service exposes, read from its OpenAPI document (the one /docs serves). */
export function routesOf(app: INestApplication): ApiRoute[] {
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    METHODS.filter((method) => operations[method] !== undefined).map((method) => ({
      method,
      template,
      path: template.replace(/\{[^}]+\}/g, () => randomUUID()),
      queryParameters: (operations[method]?.parameters ?? []).flatMap((parameter) =>
        'in' in parameter && parameter.in === 'query' ? [parameter.name] : [],
      ),
    })),
  );
}

/** The routes that take a request body. */
export function bodyRoutesOf(app: INestApplication): ApiRoute[] {
  return routesOf(app).filter((route) => route.method === 'post' || route.method === 'put' || route.method === 'patch');
}

/** The paging parameters of every list route: `[route, parameter]` pairs. */
export function pagingParametersOf(app: INestApplication): [ApiRoute, string][] {
  return routesOf(app).flatMap((route) =>
    route.queryParameters
      .filter((name) => ['page', 'pageSize', 'offset', 'limit'].includes(name))
      .map((name): [ApiRoute, string] => [route, name]),
  );
}

/** JSON nested `levels` deep (1,800 levels is ~9 KB): it overflowed the stack of the validation. */
export function deeplyNestedJson(levels = 1_800): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** Paging values that pass a bare @IsInt but overflow PostgreSQL's bigint OFFSET. */
export const OVERFLOWING_PAGING_VALUES = ['1e308', '9223372036854775808'] as const;

/**
 * Sends JSON nested 1,800 levels deep to every route that takes a body and expects each to answer
 * 400 BODY_TOO_DEEP; `expectedRoutes` (`post /v1/...`) must be among them, so a route table read
 * wrongly cannot pass by being empty.
 */
export async function expectDeepJsonRefusedEverywhere(
  app: INestApplication,
  url: string,
  token: string,
  expectedRoutes: readonly string[],
): Promise<void> {
  const routes = bodyRoutesOf(app);
  expect(routes.map((route) => `${route.method} ${route.template}`)).toEqual(
    expect.arrayContaining([...expectedRoutes]),
  );
  for (const route of routes) {
    const response = await request(url)
      [route.method](route.path)
      .set('Authorization', token)
      .set('Content-Type', 'application/json')
      .send(deeplyNestedJson());
    expect({ route: route.template, status: response.status, error: response.body.error }).toEqual({
      route: route.template,
      status: 400,
      error: 'BODY_TOO_DEEP',
    });
  }
}

/**
 * Sends each OVERFLOWING_PAGING_VALUES to every paging parameter of every list route and expects
 * 400; `expectedParameters` (`/v1/claims?offset`) must be among them.
 */
export async function expectPagingBoundedEverywhere(
  app: INestApplication,
  url: string,
  token: string,
  expectedParameters: readonly string[],
  alsoExpect: (response: request.Response, parameter: string) => void = () => undefined,
): Promise<void> {
  const parameters = pagingParametersOf(app);
  expect(parameters.map(([route, name]) => `${route.template}?${name}`)).toEqual(
    expect.arrayContaining([...expectedParameters]),
  );
  for (const [route, name] of parameters) {
    for (const value of OVERFLOWING_PAGING_VALUES) {
      const response = await request(url)
        .get(route.path)
        .query({ [name]: value })
        .set('Authorization', token);
      expect({ route: route.template, name, value, status: response.status }).toEqual({
        route: route.template,
        name,
        value,
        status: 400,
      });
      alsoExpect(response, name);
    }
  }
}

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
};

/** One generated request: where it goes, with what body and query. */
export interface GeneratedRequest {
  readonly body?: unknown;
  readonly query: Partial<Record<string, string>>;
}

/** Values an attacker tries in any field: wrong types, nulls, overflows, impossible dates, control characters. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('', ' ', '2025-02-30', '9999-99-99', '1e308', '9223372036854775808', '-1', 'NaN', '\u0000', '=1+1'),
  fc.constantFrom(1e308, -1e308, -1, 0, 0.5, Number.MAX_SAFE_INTEGER + 2),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.boolean(),
  fc.constant({}),
  fc.constant({ $ne: 1 }),
  fc.constant([[[[[]]]]]),
  fc.jsonValue({ maxDepth: 3 }),
);

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  const reference = schema.$ref ?? schema.allOf?.find((part) => part.$ref)?.$ref;
  return reference ? (components[reference.split('/').pop() ?? ''] ?? {}) : schema;
}

/** A plausible value of the schema, from its documented example where it has one. */
function exampleOf(schema: Schema, components: Record<string, Schema>, depth = 0): unknown {
  if (schema.example !== undefined) return schema.example;
  const target = resolve(schema, components);
  if (target.example !== undefined) return target.example;
  if (target.enum) return target.enum[0];
  if (target.properties) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.entries(target.properties).map(([name, property]) => [name, exampleOf(property, components, depth + 1)]),
    );
  }
  switch (target.type) {
    case 'integer':
    case 'number':
      return 1_000_000;
    case 'boolean':
      return false;
    case 'array':
      return depth > 4 ? [] : [exampleOf(target.items ?? {}, components, depth + 1)];
    default:
      return target.format === 'uuid'
        ? randomUUID()
        : target.format === 'date-time'
          ? '2026-03-02T10:00:00+08:00'
          : 'x';
  }
}

/** Paths to every value inside a JSON value (`['family', 0, 'nik']`), the value itself first. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children =
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [prefix, ...children];
}

/** The value with the one at `path` replaced, or removed when `replacement` is the REMOVE marker. */
function withReplaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === REMOVE) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const REMOVE = Symbol('remove');

/** What every value of a body is swept with: left out, null, the wrong type, empty, an impossible date, an overflow. */
const SWEPT_VALUES: unknown[] = [REMOVE, null, {}, '', '2025-02-30', 1e308];

/** The example with each of its values in turn replaced by each of SWEPT_VALUES. */
function sweptBodies(schema: Schema | undefined, components: Record<string, Schema>): unknown[] {
  if (!schema) return [];
  const example = exampleOf(schema, components);
  return pathsOf(example)
    .slice(1)
    .flatMap((path) => SWEPT_VALUES.map((replacement) => withReplaced(example, path, replacement)));
}

/**
 * Bodies for a request schema: its documented example with one value (anywhere inside) replaced by
 * a hostile one or removed, so the rest gets past validation and the hostile value reaches as deep
 * as it can; sometimes a wholly hostile body.
 */
function bodiesFor(schema: Schema | undefined, components: Record<string, Schema>): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 3 }));
  const example = exampleOf(schema, components);
  const paths = pathsOf(example);
  const mutated = fc
    .tuple(fc.constantFrom(...paths), fc.oneof({ arbitrary: hostileValue, weight: 5 }, fc.constant(REMOVE)))
    .map(([path, replacement]) => withReplaced(example, path, replacement));
  return fc.oneof({ arbitrary: mutated, weight: 8 }, fc.constant(example), hostileValue);
}

/** Query values: paging overflows, impossible dates and codes, arbitrary text. */
function queriesFor(names: readonly string[]): fc.Arbitrary<Partial<Record<string, string>>> {
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...OVERFLOWING_PAGING_VALUES, '-1', '0', '1.5', 'true', '2026-02-30', '2026-13', '76.04'),
  );
  return fc.record(Object.fromEntries(names.map((name) => [name, value])), { requiredKeys: [] });
}

/**
 * For each route of the service (its OpenAPI document, the one /docs serves): first the sweep of
 * its request schema's example (every value left out, null, mistyped, ...), then `runs` requests
 * generated by fast-check (bodiesFor, queriesFor). Fails on the first answer of 500 or more, naming
 * the route; fast-check shrinks a generated one to a small case.
 */
export async function assertNoServerErrors(
  app: INestApplication,
  url: string,
  token: string,
  runs: number,
): Promise<void> {
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const route of routesOf(app)) {
    const operation = (document.paths[route.template] as Record<string, { requestBody?: unknown }>)[route.method];
    const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
    const takesBody = route.method !== 'get' && route.method !== 'delete';
    const schema = content?.['application/json']?.schema;
    const requests: fc.Arbitrary<GeneratedRequest> = fc.record({
      body: takesBody ? bodiesFor(schema, components) : fc.constant(undefined),
      query: queriesFor(route.queryParameters),
    });
    const swept = takesBody ? sweptBodies(schema, components) : [];
    await fc.assert(
      fc.asyncProperty(requests, async ({ body, query }) => {
        let call = request(url)[route.method](route.path).query(query).set('Authorization', token);
        if (body !== undefined) call = call.set('Content-Type', 'application/json').send(JSON.stringify(body));
        const response = await call;
        if (response.status >= 500) {
          const sent = JSON.stringify({ body, query }).slice(0, 2_000);
          throw new Error(`${route.method.toUpperCase()} ${route.template} answered ${response.status} to ${sent}`);
        }
      }),
      // The examples count against numRuns: the sweep comes on top of the generated requests.
      { numRuns: swept.length + runs, examples: swept.map((body): [GeneratedRequest] => [{ body, query: {} }]) },
    );
  }
}
