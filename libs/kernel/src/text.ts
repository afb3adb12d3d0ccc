// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * True when text holds a C0 control character other than tab, line feed and carriage return, or
 * DEL: never meaningful in this system's text, and PostgreSQL cannot store U+0000 at all.
 */
export function hasControlCharacter(text: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0;
  return CONTROL_CHARACTERS.test(text);
}

/** The text without those characters, e.g. to quote a refused value in a message or report. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
