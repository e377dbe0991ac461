/**
 * Who may move a device or channel to another account (issue 18): the right to delete it in its account,
 * held as the account's own (its branch, or a role over the whole account: a grant or a role over the one
 * item gives no right to take it away), and the right to create that type in the target account. The
 * limits of the target's chain are the create guard's (the mock's enforceCreate), checked with the change.
 */
import type { Cid } from '../domain/types';
import type { AccessIndex } from './buildAccessIndex';
import type { MovableType } from './moveReferences';
import { parseScope } from './scope';
import type { Principal, Rule } from './types';

export interface MoveRefusal {
  status: 400 | 403 | 404;
  message: string;
}

const accountWide = (r: Rule): boolean => r.kind === 'branch' || (r.kind === 'role' && parseScope(r.scope)?.kind === 'account');

export function moveRefusal(ix: AccessIndex, p: Principal, type: MovableType, id: number, target: Cid): MoveRefusal | null {
  const del = ix.decide(p, { action: 'delete', type, id });
  if (!del.allowed) return { status: del.status === 404 ? 404 : 403, message: del.refusal?.message ?? 'Not found.' };
  if (!del.rules.some(accountWide))
    return {
      status: 403,
      message: `Moving ${type} #${id} needs the right to delete it as its account's own (a grant or a role over the item alone does not give it away).`,
    };
  const create = ix.decide(p, { action: 'create', type, cid: target });
  if (!create.allowed) return { status: create.status === 404 ? 404 : 403, message: `cid: ${create.refusal?.message ?? 'not allowed'}` };
  return null;
}
