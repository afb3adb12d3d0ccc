// How the console writes money and dates: the Indonesian way by default (`Rp70.000.000`,
// `7 Des 2026`), English month names when the officer switches language. Plain functions, fixed so
// the page never depends on the browser's ICU data; rupiah as the services' messages write them.
export { formatRupiah } from '../../../enrolment/src/domain/shared/rupiah.format';

export type Language = 'id' | 'en';

const MONTHS: Record<Language, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Polewali Mandar keeps WITA (UTC+8): timestamps are shown in the regency's time. */
const REGENCY_TIME_ZONE = 'Asia/Makassar';

/** A calendar date (`2026-12-07`) as `7 Des 2026` (or `7 Dec 2026` in English). */
export function formatDate(localDate: string, language: Language = 'id'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new Error(`not a calendar date: ${localDate}`);
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[language][Number(month) - 1]} ${year}`;
}

/** An instant as the regency's date and time: `7 Des 2026 14.05` (Indonesian uses a dot), `7 Dec 2026 14:05`. */
export function formatDateTime(instant: string, language: Language = 'id'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: REGENCY_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const separator = language === 'id' ? '.' : ':';
  return `${formatDate(`${parts.year}-${parts.month}-${parts.day}`, language)} ${parts.hour}${separator}${parts.minute}`;
}

/** Today's date in the regency, as the services count deadlines. */
export function regencyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGENCY_TIME_ZONE }).format(now);
}

/** A month (`2026-12`) as `Des 2026`. */
export function formatMonth(month: string, language: Language = 'id'): string {
  return formatDate(`${month}-01`, language).replace(/^1 /, '');
}
