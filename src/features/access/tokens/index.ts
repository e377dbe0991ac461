import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { paths } from '../../../lib/paths';
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
  path: paths.list.getHref('tokens'),
  usableBy: (token) => tokenMayUseType(token, 'tokens'),
  routes: [
    { path: paths.list.path('tokens'), Page: lazyPage(load, (m) => m.TokensPage) },
    { path: paths.detail.path('tokens'), Page: lazyPage(loadDetail, (m) => m.TokenDetailPage) },
  ],
};
export { tokenKeys } from './api/tokenKeys';
/** For the explorer's "why not?": adding an item to an ACL token's access list, said in words first. */
export { AddToAclRecord } from './components/AddToAclRecord';
export type { AclItem } from './components/AddToAclRecord';
