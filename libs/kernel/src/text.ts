// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * True when text holds a C0 control character other than tab, line feed and carriage return, or
 * DEL: never meaningful in this system's text, and PostgreSQL cannot store U+0000 at all.
 */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}
