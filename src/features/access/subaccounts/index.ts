import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const subaccountsFeature: FeatureManifest = {
  id: 'subaccounts',
  label: 'Subaccounts',
  section: 'access',
  icon: AccountTreeIcon,
  path: paths.access.subaccounts(),
  usableBy: (token) => tokenMayUseType(token, 'subaccounts'),
  routes: [
    { path: routePatterns.list('subaccounts'), Page: lazyPage(() => import('./routes/SubaccountsPage'), (m) => m.SubaccountsPage) },
    { path: routePatterns.detail('subaccounts'), Page: lazyPage(() => import('./routes/SubaccountDetailPage'), (m) => m.SubaccountDetailPage) },
  ],
};
