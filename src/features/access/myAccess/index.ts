import BadgeIcon from '@mui/icons-material/Badge';
import { paths } from '../../../lib/paths';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

/** Every token kind: what it may do, what is shared with its account and by whom, where it cannot act. */
export const myAccessFeature: FeatureManifest = {
  id: 'my-access',
  label: 'My access',
  section: 'self',
  icon: BadgeIcon,
  path: paths.myAccess.getHref(),
  usableBy: () => true,
  routes: [
    {
      path: paths.myAccess.path,
      Page: lazyPage(
        () => import('./routes/MyAccessPage'),
        (m) => m.MyAccessPage,
      ),
    },
  ],
};
