// The console's menu: each entry shows only to the roles whose work it is, matching the services'
// access matrices (apps/*/src/api/http/access.ts) so no officer is offered a page the API refuses.

export interface MenuEntry {
  path: string;
  /** i18next key of the entry's label. */
  label: string;
  roles: readonly string[];
}

export const MENU: readonly MenuEntry[] = [
  { path: '/claims', label: 'menu.workQueue', roles: ['claims-officer', 'claims-supervisor'] },
  { path: '/dashboard', label: 'menu.dashboard', roles: ['claims-supervisor'] },
  { path: '/workers', label: 'menu.workers', roles: ['enrolment-officer', 'enrolment-supervisor'] },
  { path: '/imports', label: 'menu.imports', roles: ['enrolment-officer', 'enrolment-supervisor'] },
  { path: '/finance/invoices', label: 'menu.invoices', roles: ['finance'] },
  { path: '/finance/payments', label: 'menu.payments', roles: ['finance'] },
  { path: '/finance/arrears', label: 'menu.arrears', roles: ['finance'] },
  { path: '/finance/report', label: 'menu.report', roles: ['finance'] },
];

export function menuFor(roles: readonly string[]): MenuEntry[] {
  return MENU.filter((entry) => entry.roles.some((role) => roles.includes(role)));
}
