import { Navigate } from 'react-router-dom';
import { useRequiredSession } from '../auth/SessionProvider';
import { serverHas } from '../auth/useServerHas';
import { NoAccess } from '../components/NoAccess';
import { FEATURES } from './features';

/** `/` opens the first screen the token can use ("My access" only when it can use nothing else). */
export function HomeRedirect() {
  const { info } = useRequiredSession();
  const usable = FEATURES.filter((f) => f.usableBy(info) && serverHas(info, f.needs));
  const first = usable.find((f) => f.section !== 'self') ?? usable[0];
  if (!first) return <NoAccess what="any screen" reason="This token's access list covers nothing the panel shows." />;
  return <Navigate to={first.path} replace />;
}
