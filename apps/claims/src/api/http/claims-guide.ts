import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY, ROLES_KEY } from '@jaring/auth';
import { BankNotificationsController } from './bank-notifications.controller';
import { BenefitsController } from './benefits.controller';
import { ClaimDecisionsController } from './claim-decisions.controller';
import { ClaimEvidenceController } from './claim-evidence.controller';
import { ClaimsController } from './claims.controller';
import { renderErrorCatalogue } from './error-catalogue';
import { ScholarshipYearsController } from './scholarship-years.controller';

/*
 * The generated sections of apps/claims/README.md: the roles of every endpoint, read from the
 * controllers' own metadata, and the error catalogue. `npm run docs:claims-errors` writes them; a
 * spec fails when the README no longer says what the code does.
 */

const CONTROLLERS: readonly Type[] = [
  ClaimsController,
  ClaimEvidenceController,
  ClaimDecisionsController,
  ScholarshipYearsController,
  BenefitsController,
  BankNotificationsController,
];

export interface RouteRoles {
  method: string;
  path: string;
  roles: string;
}

/** Every HTTP endpoint of the claims API with the roles that may call it. */
export function routeRoles(): RouteRoles[] {
  return CONTROLLERS.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller));
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const paths = [Reflect.getMetadata(PATH_METADATA, handler) as string | string[]].flat();
      const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) === true;
      const roles: string[] =
        Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller) ?? [];
      return paths.map((path) => ({
        method,
        path: `/${[base, path].filter((part) => part && part !== '/').join('/')}`,
        roles: isPublic ? 'none (public)' : roles.join(', '),
      }));
    });
  });
}

export function renderRolesTable(): string {
  const rows = routeRoles().map(({ method, path, roles }) => `| ${method} | \`${path}\` | ${roles} |`);
  return ['| method | path | roles |', '| --- | --- | --- |', ...rows].join('\n');
}

const SECTIONS: Record<string, () => string> = { roles: renderRolesTable, 'error-catalogue': renderErrorCatalogue };

export const sectionStart = (name: string) => `<!-- ${name}:start (npm run docs:claims-errors) -->`;
export const sectionEnd = (name: string) => `<!-- ${name}:end -->`;

/** The README with each generated section written between its markers. */
export function withGeneratedSections(readme: string): string {
  return Object.entries(SECTIONS).reduce((text, [name, render]) => {
    const start = text.indexOf(sectionStart(name));
    const end = text.indexOf(sectionEnd(name));
    if (start < 0 || end < start) throw new Error(`the README has no ${sectionStart(name)} … ${sectionEnd(name)}`);
    return `${text.slice(0, start + sectionStart(name).length)}\n\n${render()}\n\n${text.slice(end)}`;
  }, readme);
}

/** The table rows of one generated section of `readme`, as trimmed cells (padding does not matter). */
export function sectionRows(readme: string, name: string): string[][] {
  const section = readme.slice(readme.indexOf(sectionStart(name)), readme.indexOf(sectionEnd(name)));
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(-|method|code)/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

/** The rows a section must have, rendered the same way. */
export function expectedRows(name: string): string[][] {
  return sectionRows(`${sectionStart(name)}\n${SECTIONS[name]()}\n${sectionEnd(name)}`, name);
}
