/**
 * The top of the route table: `/login`, and everything else inside the signed-in shell, whose routes
 * (ShellRoutes: one lazy page per feature route) load with it. The login route so loads neither the
 * shell nor any feature. Declarative routes rather than a data router: no loader or action is needed
 * and the data router's code would cost the login route ~10 KB gzip.
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoadingState } from '../components/LoadingState';
import { paths } from '../lib/paths';
import { RequireSession } from './RequireSession';
import { RouteErrorBoundary } from './RouteErrorBoundary';

const LoginPage = lazy(() => import('../auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const AppShell = lazy(() => import('./layout/AppShell').then((m) => ({ default: m.AppShell })));

export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route path={paths.login.path} element={<LoginPage />} />
          <Route
            path="/*"
            element={
              <RequireSession>
                <AppShell />
              </RequireSession>
            }
          />
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}
