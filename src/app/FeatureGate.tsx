import type { ReactNode } from 'react';
import { useRequiredSession } from '../auth/SessionProvider';
import { serverHas } from '../auth/useServerHas';
import { ABSENT_EXTENSIONS_WHY } from '../contracts/absentExtensions';
import { NoAccess } from '../components/NoAccess';
import { isInstanceType } from '../domain/types';
import type { FeatureManifest } from '../features/FeatureManifest';
import { tokenKindLabel } from '../domain/tokenKinds';
import { REFUSE, platformRefusal, typeRefusal } from '../permissions';

/** Screens that share access: where a token lands when it wants to pass a right on. */
const SHARING = new Set(['grants', 'roles', 'tokens']);

/** A route the token can never use shows NoAccess (and loads no data) instead of the page, with the module's refusal. */
export function FeatureGate({ feature, children }: { feature: FeatureManifest; children: ReactNode }) {
  const { info } = useRequiredSession();
  if (!serverHas(info, feature.needs)) return <NoAccess what={feature.label} reason={ABSENT_EXTENSIONS_WHY} />;
  if (feature.usableBy(info)) return <>{children}</>;
  const refusal = isInstanceType(feature.id) ? typeRefusal(info, feature.id) : platformRefusal(info);
  const kind = tokenKindLabel(info.access.type);
  const reason = `${refusal?.message ?? ''} You are signed in with ${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind} token.`.trim();
  return <NoAccess what={feature.label} reason={reason} more={SHARING.has(feature.id) ? REFUSE.noPassOn().message : undefined} />;
}
