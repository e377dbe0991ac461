/** Manifests of the six instance kinds: one list and one detail page driven by the kind's descriptor. */
import { paths, routePatterns } from '../../app/paths';
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
  path: paths.instances.list(type),
  usableBy: (token) => tokenMayUseType(token, type),
  routes: [
    { path: routePatterns.list(type), Page: lazyPage(loadList, (m) => m.InstanceListPage, { type }) },
    { path: routePatterns.detail(type), Page: lazyPage(loadDetail, (m) => m.InstanceDetailPage, { type }) },
  ],
}));
