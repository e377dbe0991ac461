/**
 * The route table: `/login`, and the signed-in shell with one lazy page per feature route (each its own
 * chunk, so the login route loads none of them).
 */
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { LoadingState } from '../components/LoadingState';
import { NotFound } from '../components/NotFound';
import { FeatureGate } from './FeatureGate';
import { FEATURES } from './features';
import { HomeRedirect } from './HomeRedirect';
import { routePatterns } from './paths';
import { RequireSession } from './RequireSession';
import { RouteError } from './RouteError';

const LoginPage = lazy(() => import('../auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const AppShell = lazy(() => import('./layout/AppShell').then((m) => ({ default: m.AppShell })));

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: routePatterns.login,
      errorElement: <RouteError />,
      element: (
        <Suspense fallback={<LoadingState />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      path: '/',
      errorElement: <RouteError />,
      element: (
        <RequireSession>
          <Suspense fallback={<LoadingState />}>
            <AppShell />
          </Suspense>
        </RequireSession>
      ),
      children: [
        { index: true, element: <HomeRedirect /> },
        ...FEATURES.flatMap((feature) =>
          feature.routes.map(({ path, Page }) => ({
            path,
            element: (
              <FeatureGate feature={feature}>
                <Page />
              </FeatureGate>
            ),
          })),
        ),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
