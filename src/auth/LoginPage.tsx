import Alert from '@mui/material/Alert';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { isWellFormedKey } from '../contracts/tokenKey';
import { useApiClient } from '../lib/ApiClientProvider';
import { DemoPersonaList } from './DemoPersonaList';
import { useDemoPersonas } from './demoPersonas';
import { useDemoWorld } from './demoWorld';
import { DemoWorldSwitch } from './DemoWorldSwitch';
import { LoginFailureAlert } from './LoginFailureAlert';
import { LoginForm } from './LoginForm';
import { classifyLoginError, loginFailure, refusalKind } from './loginFailure';
import type { LoginFailure } from './loginFailure';
import type { SessionEnd } from './sessionStore';
import { useAccessLink } from './useAccessLink';
import { useSignIn } from './useSignIn';
import { useDocumentTitle } from '../components/useDocumentTitle';

/** `/login`: paste a key, use an access link, or (demo mode) pick a persona. */
export function LoginPage() {
  const [search] = useSearchParams();
  const ended = (useLocation().state as { ended?: SessionEnd | null } | null)?.ended ?? null;
  const personas = useDemoPersonas();
  const world = useDemoWorld();
  const { baseUrl } = useApiClient();
  const [persist, setPersist] = useState(false);
  const [formError, setFormError] = useState<LoginFailure | null>(null);
  const { state, signIn, reset } = useSignIn(search.get('next'));
  const busy = state.status === 'pending';
  const attempt = useCallback(
    (key: string, keep: boolean) => {
      reset();
      if (!isWellFormedKey(key)) return setFormError(loginFailure('malformed'));
      setFormError(null);
      void signIn(key, keep);
    },
    [signIn, reset],
  );
  useAccessLink(useCallback((key: string) => attempt(key, false), [attempt]));
  const failure = formError ?? (state.status === 'error' ? classifyLoginError(state.error) : null);
  useDocumentTitle('Sign in');
  return (
    <Container component="main" maxWidth="sm" sx={{ py: 6 }}>
      <Paper sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h4" component="h1" gutterBottom>
          Sign in
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          IoT Access Panel, {baseUrl ? `server ${baseUrl}` : 'built-in demo backend'}.
        </Typography>
        {ended?.kind === 'expired' && !failure && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {`Your session ended (${loginFailure(refusalKind(ended.reason)).title.toLowerCase()}): “${ended.reason}” Sign in again to continue.`}
          </Alert>
        )}
        {failure && <LoginFailureAlert failure={failure} />}
        <LoginForm persist={persist} onPersistChange={setPersist} busy={busy} onSubmit={(key) => attempt(key, persist)} />
        {world && <DemoWorldSwitch world={world} next={search.get('next')} />}
        {personas && personas.length > 0 && (
          <DemoPersonaList personas={personas} busy={busy} onPick={(p) => attempt(p.key, persist)} large={world?.kind === 'large'} />
        )}
      </Paper>
    </Container>
  );
}
