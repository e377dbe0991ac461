import EventBusyIcon from '@mui/icons-material/EventBusy';
import { paths } from '../../../lib/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const expiringFeature: FeatureManifest = {
  id: 'expiring',
  label: 'Expiring',
  section: 'access',
  icon: EventBusyIcon,
  path: paths.expiring.getHref(),
  usableBy: tokenMayUsePlatform,
  Badge: lazyPage(() => import('./components/ExpiringBadge'), (m) => m.ExpiringBadge),
  routes: [{ path: paths.expiring.path, Page: lazyPage(() => import('./routes/ExpiringPage'), (m) => m.ExpiringPage) }],
};
