/** Every feature of the panel, in menu order. Removing a feature is removing its line here. */
import { explorerFeature } from '../features/access/explorer';
import { expiringFeature } from '../features/access/expiring';
import { grantsFeature } from '../features/access/grants';
import { hygieneFeature } from '../features/access/hygiene';
import { limitsFeature } from '../features/access/limits';
import { recycleBinFeature } from '../features/access/recycleBin';
import { myAccessFeature } from '../features/access/myAccess';
import { rolesFeature } from '../features/access/roles';
import { subaccountsFeature } from '../features/access/subaccounts';
import { tokensFeature } from '../features/access/tokens';
import type { FeatureManifest } from '../features/FeatureManifest';
import { instanceFeatures } from '../features/instances';

export const FEATURES: readonly FeatureManifest[] = [
  myAccessFeature,
  subaccountsFeature,
  tokensFeature,
  grantsFeature,
  rolesFeature,
  explorerFeature,
  expiringFeature,
  hygieneFeature,
  limitsFeature,
  recycleBinFeature,
  ...instanceFeatures,
];

export const SECTION_LABELS: Record<FeatureManifest['section'], string> = {
  self: 'You',
  access: 'Access Management',
  instances: 'Instances',
};
