import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { createUserManager } from './auth/session';
import { startI18n } from './i18n/i18n';

const theme = createTheme({ primaryColor: 'blue', primaryShade: 8 });
const queries = new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 15_000 } } });

async function start(): Promise<void> {
  const [userManager] = await Promise.all([createUserManager(), startI18n()]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queries}>
          <BrowserRouter>
            <App userManager={userManager} />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
