import CleaningServicesIcon from '@mui/icons-material/CleaningServices';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const hygieneFeature: FeatureManifest = {
  id: 'hygiene',
  label: 'Access hygiene',
  section: 'access',
  icon: CleaningServicesIcon,
  path: paths.access.hygiene(),
  usableBy: tokenMayUsePlatform,
  routes: [{ path: routePatterns.hygiene, Page: lazyPage(() => import('./routes/HygienePage'), (m) => m.HygienePage) }],
};
