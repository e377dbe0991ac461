/** The panel: long-lived objects, providers and the router. `demoPersonas` is set in demo mode only. */
import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { RouterProvider } from 'react-router-dom';
import { bindQueryCache } from '../auth/bindQueryCache';
import { DemoPersonasContext } from '../auth/demoPersonas';
import type { DemoPersona } from '../auth/demoPersonas';
import { SessionProvider } from '../auth/SessionProvider';
import { ApiClientProvider } from '../lib/ApiClientProvider';
import { resolveBaseUrl } from '../lib/apiClient';
import { createAppContext } from './createAppContext';
import { createAppRouter } from './createAppRouter';
import { theme } from './theme';

interface AppProps {
  demoPersonas: readonly DemoPersona[] | null;
  /** The API server; '' = the panel's own origin (the mock backend). */
  apiBase?: string;
}

export function App({ demoPersonas, apiBase = resolveBaseUrl(import.meta.env.VITE_API_BASE) }: AppProps) {
  const [ctx] = useState(() => createAppContext(apiBase));
  const [router] = useState(createAppRouter);
  useEffect(() => bindQueryCache(ctx.store, ctx.queryClient), [ctx]);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={ctx.queryClient}>
        <ApiClientProvider client={ctx.api}>
          <SessionProvider store={ctx.store}>
            <DemoPersonasContext value={demoPersonas}>
              <RouterProvider router={router} />
            </DemoPersonasContext>
          </SessionProvider>
        </ApiClientProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
