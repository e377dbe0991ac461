/** The signed-in routes: one lazy page per feature route (each its own chunk), gated by token kind. */
import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../components/NotFound';
import { FeatureGate } from '../FeatureGate';
import { FEATURES } from '../features';
import { HomeRedirect } from '../HomeRedirect';

export function ShellRoutes() {
  return (
    <Routes>
      <Route index element={<HomeRedirect />} />
      {FEATURES.flatMap((feature) =>
        feature.routes.map(({ path, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <FeatureGate feature={feature}>
                <Page />
              </FeatureGate>
            }
          />
        )),
      )}
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
