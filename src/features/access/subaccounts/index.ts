import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { paths } from '../../../lib/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const subaccountsFeature: FeatureManifest = {
  id: 'subaccounts',
  label: 'Subaccounts',
  section: 'access',
  icon: AccountTreeIcon,
  path: paths.list.getHref('subaccounts'),
  usableBy: (token) => tokenMayUseType(token, 'subaccounts'),
  routes: [
    {
      path: paths.list.path('subaccounts'),
      Page: lazyPage(
        () => import('./routes/SubaccountsPage'),
        (m) => m.SubaccountsPage,
      ),
    },
    {
      path: paths.detail.path('subaccounts'),
      Page: lazyPage(
        () => import('./routes/SubaccountDetailPage'),
        (m) => m.SubaccountDetailPage,
      ),
    },
  ],
};
