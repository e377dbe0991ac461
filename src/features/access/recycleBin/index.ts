import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { paths } from '../../../lib/paths';
import { tokenMayUsePlatform } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const recycleBinFeature: FeatureManifest = {
  id: 'recycle-bin',
  label: 'Recycle bin',
  section: 'access',
  icon: RestoreFromTrashIcon,
  path: paths.recycleBin.getHref(),
  usableBy: tokenMayUsePlatform,
  routes: [
    {
      path: paths.recycleBin.path,
      Page: lazyPage(
        () => import('./routes/RecycleBinPage'),
        (m) => m.RecycleBinPage,
      ),
    },
  ],
};
