import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { paths } from '../../../lib/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const explorerFeature: FeatureManifest = {
  id: 'explorer',
  label: 'Access explorer',
  section: 'access',
  icon: TravelExploreIcon,
  path: paths.explorer.getHref(),
  needs: 'access',
  usableBy: tokenMayUsePlatform,
  routes: [
    {
      path: paths.explorer.path,
      Page: lazyPage(
        () => import('./routes/ExplorerPage'),
        (m) => m.ExplorerPage,
      ),
    },
  ],
};
