import ShareIcon from '@mui/icons-material/Share';
import { paths } from '../../../lib/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const grantsFeature: FeatureManifest = {
  id: 'grants',
  label: 'Grants',
  section: 'access',
  icon: ShareIcon,
  path: paths.grants.getHref(),
  usableBy: (token) => tokenMayUseType(token, 'grants'),
  routes: [
    {
      path: paths.list.path('grants'),
      Page: lazyPage(
        () => import('./routes/GrantsPage'),
        (m) => m.GrantsPage,
      ),
    },
    {
      path: paths.detail.path('grants'),
      Page: lazyPage(
        () => import('./routes/GrantDetailPage'),
        (m) => m.GrantDetailPage,
      ),
    },
  ],
};

/** For other features (who has access, why not?): the grant form, pre-filled with an item, taking a grantee off a grant, enabling one. */
// Static re-exports: the app's import of the manifest leaves them out of its chunk; a lazy() here split MUI off the login route's chunk (+0.8 KB).
export { GrantFormDialog } from './components/GrantFormDialog';
export { RevokeGranteeDialog } from './components/RevokeGranteeDialog';
export { EnableGrantRecord } from './components/EnableGrantRecord';
