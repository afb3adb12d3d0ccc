import { PUBLIC } from '@jaring/auth';
import { CLAIMS_ACCESS } from './access';
import { renderErrorCatalogue } from './error-catalogue';

/*
 * The generated sections of apps/claims/README.md: the roles of every endpoint, from the access
 * matrix the guard enforces, and the error catalogue. `npm run docs:claims-errors` writes them; a
 * spec fails when the README no longer says what the code does.
 */

/** Every HTTP endpoint of the claims API with the roles that may call it, in the README's table. */
export function renderRolesTable(): string {
  const rows = Object.entries(CLAIMS_ACCESS).map(([route, rule]) => {
    const [method, path] = route.split(' ');
    return `| ${method} | \`${path}\` | ${rule === PUBLIC ? 'none (public)' : rule.join(', ')} |`;
  });
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
