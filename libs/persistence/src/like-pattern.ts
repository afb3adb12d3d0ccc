/** The text as itself inside a SQL LIKE pattern: its wildcards and the escape character are escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
