import type { Violation } from '../api-send';
import type { CodeList } from '../i18n/code-labels';

/** One input of an action form; `name` is the request's field path (`reporter.name`). */
export interface FieldSpec {
  name: string;
  /** i18next key of the label. */
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'number' | 'select' | 'checkbox' | 'list';
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** Options that are API codes: shown as the words of this code list (the value stays the code). */
  codes?: CodeList;
  required?: boolean;
}

export type FormValues = Record<string, string | boolean>;

/**
 * The request body of a form: dotted names become nested objects, empty inputs are left out (the
 * API's defaults apply), numbers are numbers and a list is its comma-separated entries.
 */
export function bodyOf(fields: readonly FieldSpec[], values: FormValues, fixed: object = {}): object {
  const body: Record<string, unknown> = structuredClone(fixed) as Record<string, unknown>;
  for (const field of fields) {
    const raw = values[field.name];
    if (raw === undefined || raw === '') continue;
    const value =
      field.kind === 'number'
        ? Number(raw)
        : field.kind === 'list'
          ? String(raw)
              .split(',')
              .map((entry) => entry.trim())
              .filter(Boolean)
          : raw;
    const path = field.name.split('.');
    let target = body;
    for (const key of path.slice(0, -1)) {
      target[key] = (target[key] as Record<string, unknown> | undefined) ?? {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1]] = value;
  }
  return body;
}

/**
 * The API's refusals placed on the form: each field gets the messages for its path (or a path
 * inside it, `documents.0.code` on `documents`); the rest are shown above the form.
 */
export function placeViolations(
  fields: readonly FieldSpec[],
  violations: readonly Violation[],
): { byField: Record<string, string>; unplaced: Violation[] } {
  const byField: Record<string, string> = {};
  const unplaced: Violation[] = [];
  for (const violation of violations) {
    const field = fields.find(({ name }) => violation.field === name || violation.field?.startsWith(`${name}.`));
    if (field)
      byField[field.name] = byField[field.name] ? `${byField[field.name]}; ${violation.message}` : violation.message;
    else unplaced.push(violation);
  }
  return { byField, unplaced };
}
