import type { ReactNode } from 'react';
import { tokenKindLabel } from '../auth/authInfo';
import { useRequiredSession } from '../auth/SessionProvider';
import { NoAccess } from '../components/NoAccess';
import type { FeatureManifest } from '../features/FeatureManifest';

/** A route the token can never use shows NoAccess (and loads no data) instead of the page. */
export function FeatureGate({ feature, children }: { feature: FeatureManifest; children: ReactNode }) {
  const { info } = useRequiredSession();
  if (feature.usableBy(info)) return <>{children}</>;
  const reason =
    feature.section === 'access'
      ? `Only a master token may use Access Management; you are signed in with a ${tokenKindLabel(info).toLowerCase()} token.`
      : `Your ${tokenKindLabel(info).toLowerCase()} token's access list does not cover ${feature.label.toLowerCase()}.`;
  return <NoAccess what={feature.label} reason={reason} />;
}
