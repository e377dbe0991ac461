import DataUsageIcon from '@mui/icons-material/DataUsage';
import { paths } from '../../../lib/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

/** Limits (issue 18): the screen under Access Management; a subaccount's own limit is on its page. */
export const limitsFeature: FeatureManifest = {
  id: 'limits',
  label: 'Limits',
  section: 'access',
  icon: DataUsageIcon,
  path: paths.limits.getHref(),
  usableBy: tokenMayUsePlatform,
  routes: [
    {
      path: paths.limits.path,
      Page: lazyPage(
        () => import('./routes/LimitsPage'),
        (m) => m.LimitsPage,
      ),
    },
  ],
};

export { SubaccountLimit } from './components/SubaccountLimit';
