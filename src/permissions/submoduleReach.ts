/**
 * What a token's kind and ACL allow of an item's submodule (`messages`, `telemetry`, …), from the token alone
 * (`/auth/info`): the UI asks it to show or hide a device's Messages and Telemetry tabs once the device itself
 * is readable. Master and standard tokens read every submodule of what they read; an ACL entry that lists
 * submodules allows only those (decide.ts asks the same of aclEntries when the backend answers).
 */
import type { HttpMethod, InstanceType, Submodule, Token } from '../domain/types';
import { aclShapeRefusal, entriesFor } from './aclEntries';
import { REFUSE } from './refusals';
import { isAclToken } from './tokenFacts';
import type { Refusal } from './types';

export function submoduleRefusal(
  token: Pick<Token, 'access'>,
  type: InstanceType,
  id: number,
  submodule: Submodule,
  method: HttpMethod = 'GET',
): Refusal | null {
  if (!isAclToken(token)) return null;
  const entries = entriesFor(token, type);
  if (entries.length === 0) return REFUSE.aclMissing(type);
  const code = aclShapeRefusal(entries, id, { method, submodule }, true);
  if (code === 'acl-submodule') return REFUSE.aclSubmodule(submodule);
  return code ? REFUSE.aclMethod(method, type) : null;
}
