import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import { paths, routePatterns } from '../../../app/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const rolesFeature: FeatureManifest = {
  id: 'roles',
  label: 'Roles',
  section: 'access',
  icon: AdminPanelSettingsIcon,
  path: paths.access.roles(),
  usableBy: (token) => tokenMayUseType(token, 'roles'),
  routes: [
    { path: routePatterns.list('roles'), Page: lazyPage(() => import('./routes/RolesPage'), (m) => m.RolesPage) },
    { path: routePatterns.roleAssignments, Page: lazyPage(() => import('./routes/RoleAssignmentsPage'), (m) => m.RoleAssignmentsPage) },
    { path: routePatterns.detail('roles'), Page: lazyPage(() => import('./routes/RoleDetailPage'), (m) => m.RoleDetailPage) },
  ],
};
