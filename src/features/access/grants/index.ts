import ShareIcon from '@mui/icons-material/Share';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const grantsFeature: FeatureManifest = {
  id: 'grants',
  label: 'Grants',
  section: 'access',
  icon: ShareIcon,
  path: paths.access.grants(),
  usableBy: (token) => tokenMayUseType(token, 'grants'),
  routes: [
    { path: routePatterns.list('grants'), Page: lazyPage(() => import('./routes/GrantsPage'), (m) => m.GrantsPage) },
    { path: routePatterns.detail('grants'), Page: lazyPage(() => import('./routes/GrantDetailPage'), (m) => m.GrantDetailPage) },
  ],
};
