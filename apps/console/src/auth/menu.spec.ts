import { en, id } from '../i18n/messages';
import { MENU, menuFor } from './menu';

describe('the menu by role', () => {
  const paths = (roles: string[]) => menuFor(roles).map((entry) => entry.path);

  it('shows each officer only the pages of their work', () => {
    expect(paths(['claims-officer'])).toEqual(['/claims']);
    expect(paths(['claims-supervisor'])).toEqual(['/claims', '/dashboard']);
    expect(paths(['enrolment-officer'])).toEqual(['/workers', '/imports']);
    expect(paths(['enrolment-supervisor'])).toEqual(['/workers', '/imports']);
    expect(paths(['claims-officer', 'enrolment-officer'])).toEqual(['/claims', '/workers', '/imports']);
  });

  it('gives finance its invoices, payments, arrears and report', () => {
    expect(paths(['finance'])).toEqual([
      '/finance/invoices',
      '/finance/payments',
      '/finance/arrears',
      '/finance/report',
    ]);
  });

  it('offers nothing to a role without console pages, admin included', () => {
    expect(paths(['admin'])).toEqual([]);
    expect(paths([])).toEqual([]);
  });

  it('names every entry in Bahasa Indonesia and in English', () => {
    const label = (messages: typeof id, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    for (const messages of [id, en]) {
      expect(
        MENU.filter((entry) => typeof label(messages, entry.label) !== 'string').map((entry) => entry.label),
      ).toEqual([]);
    }
  });
});
