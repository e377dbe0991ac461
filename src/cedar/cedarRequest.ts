/**
 * A permission-module question as the Cedar request(s) a gateway would send. An HTTP call has one method;
 * the module's `update` without a method stands for PUT or PATCH, so it becomes two requests (either allows).
 * Submodule and method defaults follow the module's request conventions (NOTES-team.md, "Submodule calls").
 */
import type { HttpMethod, Submodule } from '../domain/types';
import type { AccessRequest, Principal } from '../permissions';
import type { CedarRequest } from './cedarTypes';
import { ENTITY_OF, ref, uid } from './names';
import { ALL_ACTIONS, actionId } from './vocabulary';

const DECLARED = new Set(ALL_ACTIONS.map(({ type, action }) => actionId(type, action)));

type ItemRequest = Exclude<AccessRequest, { action: 'create' }>;

function submoduleOf(req: ItemRequest): Submodule | undefined {
  if (req.submodule) return req.submodule;
  if (req.action === 'logs') return 'logs';
  if (req.action === 'command') return 'commands';
  if (req.action === 'assign' && req.type !== 'roles') return 'devices';
  return undefined;
}

function methodsOf(req: ItemRequest): HttpMethod[] {
  if (req.method) return [req.method];
  switch (req.action) {
    case 'update':
      return ['PUT', 'PATCH'];
    case 'delete':
      return ['DELETE'];
    case 'command':
    case 'assign':
      return ['POST'];
    default:
      return ['GET'];
  }
}

/** No request at all for an action the model does not have (`channels:command`): nothing allows it. */
export function cedarRequests(p: Principal, req: AccessRequest): CedarRequest[] {
  if (!DECLARED.has(actionId(req.type, req.action))) return [];
  const base = { principal: uid('Token', p.token.id), action: uid('Action', `${req.type}:${req.action}`) };
  const context = (method: string, submodule: string | undefined): CedarRequest['context'] => ({
    acting: ref(uid('Account', p.actingCid)),
    now: p.now,
    method,
    submodule: submodule ?? '-',
  });
  if (req.action === 'create') return [{ ...base, resource: uid('Account', req.cid), context: context('POST', undefined) }];
  const resource = uid(ENTITY_OF[req.type], req.id);
  const sub = submoduleOf(req);
  return methodsOf(req).map((m) => ({ ...base, resource, context: context(m, sub) }));
}
