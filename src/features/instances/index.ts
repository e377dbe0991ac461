/** Manifests of the six instance kinds: one list and one detail page driven by the kind's descriptor. */
import { paths } from '../../lib/paths';
import { tokenMayUseType } from '../../permissions';
import { lazyPage } from '../FeatureManifest';
import type { FeatureManifest } from '../FeatureManifest';
import { INSTANCE_KINDS } from './instanceKinds';

const loadList = () => import('./routes/InstanceListPage');
const loadDetail = () => import('./routes/InstanceDetailPage');

export const instanceFeatures: FeatureManifest[] = INSTANCE_KINDS.map(({ type, label, icon }) => ({
  id: type,
  label,
  section: 'instances',
  icon,
  path: paths.list.getHref(type),
  usableBy: (token) => tokenMayUseType(token, type),
  routes: [
    { path: paths.list.path(type), Page: lazyPage(loadList, (m) => m.InstanceListPage, { type }) },
    { path: paths.detail.path(type), Page: lazyPage(loadDetail, (m) => m.InstanceDetailPage, { type }) },
  ],
}));
