import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const explorerFeature: FeatureManifest = {
  id: 'explorer',
  label: 'Access explorer',
  section: 'access',
  icon: TravelExploreIcon,
  path: paths.access.explorer(),
  usableBy: tokenMayUsePlatform,
  routes: [{ path: routePatterns.explorer, Page: lazyPage(() => import('./routes/ExplorerPage'), (m) => m.ExplorerPage) }],
};
