/** The panel: long-lived objects, providers and the routes. `demoPersonas` is set in demo mode only. */
import { useEffect, useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider } from '@mui/material/styles';
import { BrowserRouter } from 'react-router-dom';
import { DemoPersonasContext } from '../auth/demoPersonas';
import type { DemoPersona } from '../auth/demoPersonas';
import { DemoWorldContext } from '../auth/demoWorld';
import type { DemoWorld } from '../auth/demoWorld';
import { SessionProvider } from '../auth/SessionProvider';
import { ApiClientProvider } from '../lib/ApiClientProvider';
import { resolveBaseUrl } from '../lib/apiClient';
import { AppRoutes } from './AppRoutes';
import { createAppContext } from './createAppContext';
import { REDUCED_MOTION_QUERY, reducedMotionTheme, theme } from './theme';

interface AppProps {
  demoPersonas: readonly DemoPersona[] | null;
  /** Demo mode: which world the built-in backend serves. */
  demoWorld?: DemoWorld | null;
  /** The API server; '' = the panel's own origin (the mock backend). */
  apiBase?: string;
}

export function App({ demoPersonas, demoWorld = null, apiBase = resolveBaseUrl(import.meta.env.VITE_API_BASE) }: AppProps) {
  const [ctx] = useState(() => createAppContext(apiBase));
  useEffect(() => ctx.store.watchOtherTabs(window), [ctx]);
  const reduceMotion = useMediaQuery(REDUCED_MOTION_QUERY, { noSsr: true });
  return (
    <ThemeProvider theme={reduceMotion ? reducedMotionTheme : theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <ApiClientProvider client={ctx.api}>
        <SessionProvider store={ctx.store}>
          <DemoPersonasContext value={demoPersonas}>
            <DemoWorldContext value={demoWorld}>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </DemoWorldContext>
          </DemoPersonasContext>
        </SessionProvider>
      </ApiClientProvider>
    </ThemeProvider>
  );
}
