/** The fixed policy set: the same text for every world (the world is entities). */
import { FORBID_POLICIES } from './gatePolicies';
import { PERMIT_POLICIES } from './permitPolicies';
import type { CedarPolicy } from './policyParts';

export type { CedarPolicy };

export const CEDAR_POLICIES: readonly CedarPolicy[] = [...PERMIT_POLICIES, ...FORBID_POLICIES];

/** Policy id → text, as Cedar's policy-set JSON takes it (ids show up as the reasons of a decision). */
export const policyRecord = (): Record<string, string> => Object.fromEntries(CEDAR_POLICIES.map((p) => [p.id, p.text]));

/** The policy set as one `.cedar` file, each policy under its `@id`. */
export const policiesText = (): string => `${CEDAR_POLICIES.map((p) => `@id("${p.id}")\n${p.text}`).join('\n\n')}\n`;
