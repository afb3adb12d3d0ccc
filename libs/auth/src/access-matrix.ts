import { type INestApplicationContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ROLES, type Role } from './roles';

/** Open without a token: health and the bank's signed webhook (metrics have their own port). */
export const PUBLIC = 'public';

/** Who may call one route: the roles allowed, or PUBLIC. Everyone else gets 403. */
export type AccessRule = readonly Role[] | typeof PUBLIC;

/** `METHOD /path/:param` → rule, for every route a service serves. Rendered into docs/authorization.md. */
export type AccessMatrix = Readonly<Record<string, AccessRule>>;

/** The routes every service serves from libs/platform. */
export const PLATFORM_ACCESS: AccessMatrix = {
  'GET /health/live': PUBLIC,
  'GET /health/ready': PUBLIC,
};

export function isAllowed(rule: AccessRule | undefined, roles: readonly Role[]): boolean {
  if (rule === undefined) return false;
  if (rule === PUBLIC) return true;
  return rule.some((role) => roles.includes(role));
}

function joinPath(...parts: (string | undefined)[]): string {
  const path = parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter(Boolean)
    .join('/');
  return `/${path}`;
}

/** The matrix key of a controller method, from Nest's own route metadata. */
export function routeKeyOf(controller: object, handler: object): string {
  const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
  const paths = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : [value as string]);
  const controllerPath = paths(Reflect.getMetadata(PATH_METADATA, controller))[0];
  const handlerPath = paths(Reflect.getMetadata(PATH_METADATA, handler))[0];
  return `${method} ${joinPath(controllerPath, handlerPath)}`;
}

/** A controller method that serves a route, and the route's matrix key. */
export interface RouteHandler {
  controller: string;
  method: string;
  key: string;
}

/** Every route handler of a Nest application, read from the controllers' metadata. */
export function routeHandlersOf(app: INestApplicationContext): RouteHandler[] {
  const handlers: RouteHandler[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new () => object) | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        handlers.push({ controller: controller.name, method: name, key: routeKeyOf(controller, handler) });
      }
    }
  }
  return handlers;
}

/** Every route of a running Nest application, read from the controllers' metadata. */
export function routesOf(app: INestApplicationContext): string[] {
  return [...new Set(routeHandlersOf(app).map((handler) => handler.key))].sort();
}

/** The matrix as a Markdown table: one row per route, one column per role. */
export function renderAccessMatrix(title: string, matrix: AccessMatrix): string {
  const header = `| route | ${ROLES.join(' | ')} |\n| --- |${ROLES.map(() => ' :-: |').join('')}`;
  const rows = Object.keys(matrix)
    .sort()
    .map((route) => {
      const rule = matrix[route];
      const cells = ROLES.map((role) => (rule === PUBLIC ? 'public' : rule.includes(role) ? '✔' : ''));
      return `| \`${route}\` | ${cells.join(' | ')} |`;
    });
  return `## ${title}\n\n${header}\n${rows.join('\n')}\n`;
}
