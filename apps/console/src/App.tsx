import { Alert, AppShell, Button, Center, Group, NavLink, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { User, UserManager } from 'oidc-client-ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { menuFor } from './auth/menu';
import { OfficerContext } from './auth/officer-context';
import { officerOf } from './auth/session';
import { ClaimPage } from './pages/ClaimPage';
import { DashboardPage } from './pages/DashboardPage';
import { WorkQueuePage } from './pages/WorkQueuePage';
import { ArrearsPage, InvoicePage, InvoicesPage, MonthlyReportPage, PaymentsPage } from './pages/FinancePages';
import { ImportPage } from './pages/ImportPage';
import { WorkerPage } from './pages/WorkerPage';
import { WorkersPage } from './pages/WorkersPage';

/** The page to return to after the provider's login page, carried through the redirect. */
interface SignInState {
  returnTo: string;
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('session.language')}
      size="xs"
      value={i18n.language}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

function SignInCallback({ userManager, onUser }: { userManager: UserManager; onUser: (user: User) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const handled = useRef(false);
  useEffect(() => {
    // The authorization code is single-use: StrictMode's second effect run must not redeem it again.
    if (handled.current) return;
    handled.current = true;
    userManager
      .signinRedirectCallback()
      .then((user) => {
        onUser(user);
        navigate((user.state as SignInState | undefined)?.returnTo ?? '/', { replace: true });
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [userManager, onUser, navigate]);
  return error ? (
    <Alert color="red">{t('session.failed', { message: error })}</Alert>
  ) : (
    <Text>{t('session.signingIn')}</Text>
  );
}

export function App({ userManager }: { userManager: UserManager }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [user, setUser] = useState<User | null>();

  useEffect(() => {
    void userManager.getUser().then((stored) => setUser(stored && !stored.expired ? stored : null));
    const signedOut = () => setUser(null);
    userManager.events.addAccessTokenExpired(signedOut);
    return () => userManager.events.removeAccessTokenExpired(signedOut);
  }, [userManager]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  if (location.pathname === '/auth/callback') {
    return (
      <Center component="main" h="100vh">
        <SignInCallback userManager={userManager} onUser={setUser} />
      </Center>
    );
  }
  if (user === undefined) return null;
  if (user === null) {
    const signIn = () =>
      void userManager.signinRedirect({ state: { returnTo: location.pathname } satisfies SignInState });
    return (
      <Center component="main" h="100vh">
        <Stack align="center">
          <Title order={1}>{t('app.title')}</Title>
          <Text>{t('session.welcome')}</Text>
          <Button onClick={signIn}>{t('session.signIn')}</Button>
          <LanguageSwitch />
        </Stack>
      </Center>
    );
  }

  const officer = officerOf(user);
  const menu = menuFor(officer.roles);
  return (
    <OfficerContext.Provider value={officer}>
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Text fw={700}>{t('app.title')}</Text>
            <Group>
              <LanguageSwitch />
              <Text size="sm">{officer.name}</Text>
              <Button variant="default" size="xs" onClick={() => void userManager.signoutRedirect()}>
                {t('session.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('menu.label')}>
          {menu.map((entry) => (
            <NavLink
              key={entry.path}
              component={Link}
              to={entry.path}
              label={t(entry.label)}
              // Filled: the light variant's text is below WCAG AA contrast on its tint.
              variant="filled"
              active={location.pathname.startsWith(entry.path)}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <Routes>
            <Route
              path="/"
              element={menu[0] ? <Navigate to={menu[0].path} replace /> : <Text>{t('session.noPages')}</Text>}
            />
            <Route path="/claims" element={<WorkQueuePage />} />
            <Route path="/claims/:id" element={<ClaimPage />} />
            <Route path="/dashboard" element={<DashboardPage />} />
            <Route path="/workers" element={<WorkersPage />} />
            <Route path="/workers/:id" element={<WorkerPage />} />
            <Route path="/imports" element={<ImportPage />} />
            <Route path="/finance/invoices" element={<InvoicesPage />} />
            <Route path="/finance/invoices/:id" element={<InvoicePage />} />
            <Route path="/finance/payments" element={<PaymentsPage />} />
            <Route path="/finance/arrears" element={<ArrearsPage />} />
            <Route path="/finance/report" element={<MonthlyReportPage />} />
          </Routes>
        </AppShell.Main>
      </AppShell>
    </OfficerContext.Provider>
  );
}
