import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

const load = () => import('./routes/TokensPage');
const loadDetail = () => import('./routes/TokenDetailPage');

export const tokensFeature: FeatureManifest = {
  id: 'tokens',
  label: 'Tokens',
  section: 'access',
  icon: VpnKeyIcon,
  path: paths.access.tokens(),
  usableBy: (token) => tokenMayUseType(token, 'tokens'),
  routes: [
    { path: routePatterns.list('tokens'), Page: lazyPage(load, (m) => m.TokensPage) },
    { path: routePatterns.detail('tokens'), Page: lazyPage(loadDetail, (m) => m.TokenDetailPage) },
  ],
};
