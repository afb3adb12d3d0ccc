/**
 * The fields a client actually sent. Request classes declare optional fields, and with ES2022+
 * class-field semantics an instance carries every declared field, unset ones as undefined; merged
 * into a stored record ({ ...current, ...changes }) those would erase values the client never touched.
 */
export function definedFields<T extends object>(request: T): Partial<T> {
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as Partial<T>;
}
