import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

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
