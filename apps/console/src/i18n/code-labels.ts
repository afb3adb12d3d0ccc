import type { i18n as I18n } from 'i18next';
import type { ChecklistItem } from '../claims/claim.types';
import type { Messages } from './messages';

/** The lists of API codes the console shows as words: each a section of `codes` in the messages, keyed by the code. */
export type CodeList = keyof Messages['codes'];

/**
 * An API code as the officer's words (`closed` → `Ditutup`). A code the console has no words for
 * yet (a service added it first) shows as itself: never a blank cell.
 */
export function codeLabel(i18n: I18n, list: CodeList, code: string): string {
  return i18n.t(`codes.${list}.${code}`, { defaultValue: code });
}

/** Scholarship lines are numbered per child and level (claims' `scholarshipCode`): `SCHOLARSHIP_CHILD_2_SMP`. */
const SCHOLARSHIP_LINE = /^SCHOLARSHIP_CHILD_(\d+)_([A-Z]+)$/;

/** A benefit line's or payout's component code as words, e.g. `JKM_SHORT_MEMBERSHIP_LUMP_SUM`. */
export function benefitLabel(i18n: I18n, code: string): string {
  const scholarship = SCHOLARSHIP_LINE.exec(code);
  if (scholarship) return i18n.t('claim.scholarshipLine', { child: scholarship[1], level: scholarship[2] });
  return codeLabel(i18n, 'benefit', code);
}

/**
 * A checklist row in the officer's words, from the documents it accepts ("Laporan polisi atau visum
 * et repertum"); the claims API's own (English) description when a document has no words here yet.
 */
export function checklistLabel(i18n: I18n, item: Pick<ChecklistItem, 'accepts' | 'description'>): string {
  const keys = item.accepts.map((code) => `codes.document.${code}`);
  if (keys.length === 0 || !keys.every((key) => i18n.exists(key))) return item.description;
  return keys.map((key) => i18n.t(key)).join(i18n.t('claim.documentOr'));
}
