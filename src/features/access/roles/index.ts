import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import { paths } from '../../../lib/paths';
import { tokenMayUseType } from '../../../permissions';
import { lazyPage } from '../../FeatureManifest';
import type { FeatureManifest } from '../../FeatureManifest';

export const rolesFeature: FeatureManifest = {
  id: 'roles',
  label: 'Roles',
  section: 'access',
  icon: AdminPanelSettingsIcon,
  path: paths.list.getHref('roles'),
  needs: 'roles',
  usableBy: (token) => tokenMayUseType(token, 'roles'),
  routes: [
    {
      path: paths.list.path('roles'),
      Page: lazyPage(
        () => import('./routes/RolesPage'),
        (m) => m.RolesPage,
      ),
    },
    {
      path: paths.roleAssignments.path,
      Page: lazyPage(
        () => import('./routes/RoleAssignmentsPage'),
        (m) => m.RoleAssignmentsPage,
      ),
    },
    {
      path: paths.detail.path('roles'),
      Page: lazyPage(
        () => import('./routes/RoleDetailPage'),
        (m) => m.RoleDetailPage,
      ),
    },
  ],
};

/** For other features (who has access): assigning a role over a pre-filled scope, and revoking an assignment. */
// Static re-exports: the app's import of the manifest leaves them out of its chunk; a lazy() here split MUI off the login route's chunk (+0.8 KB).
export { AssignRoleDialog } from './components/AssignRoleDialog';
export { RevokeAssignmentDialog } from './components/RevokeAssignmentDialog';
