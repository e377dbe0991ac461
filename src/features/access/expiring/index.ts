import EventBusyIcon from '@mui/icons-material/EventBusy';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const expiringFeature: FeatureManifest = {
  id: 'expiring',
  label: 'Expiring',
  section: 'access',
  icon: EventBusyIcon,
  path: paths.access.expiring(),
  usableBy: tokenMayUsePlatform,
  Badge: lazyPage(() => import('./components/ExpiringBadge'), (m) => m.ExpiringBadge),
  routes: [{ path: routePatterns.expiring, Page: lazyPage(() => import('./routes/ExpiringPage'), (m) => m.ExpiringPage) }],
};
