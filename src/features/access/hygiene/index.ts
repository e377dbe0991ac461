import CleaningServicesIcon from '@mui/icons-material/CleaningServices';
import { paths } from '../../../lib/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const hygieneFeature: FeatureManifest = {
  id: 'hygiene',
  label: 'Access hygiene',
  section: 'access',
  icon: CleaningServicesIcon,
  path: paths.hygiene.getHref(),
  needs: 'access',
  usableBy: tokenMayUsePlatform,
  routes: [
    {
      path: paths.hygiene.path,
      Page: lazyPage(
        () => import('./routes/HygienePage'),
        (m) => m.HygienePage,
      ),
    },
  ],
};
