import { Navigate } from 'react-router-dom';
import { useRequiredSession } from '../auth/SessionProvider';
import { NoAccess } from '../components/NoAccess';
import { FEATURES } from './features';

/** `/` opens the first screen the token can use. */
export function HomeRedirect() {
  const { info } = useRequiredSession();
  const first = FEATURES.find((f) => f.usableBy(info));
  if (!first) return <NoAccess what="any screen" reason="This token's access list covers nothing the panel shows." />;
  return <Navigate to={first.path} replace />;
}
