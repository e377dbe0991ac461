/**
 * `/gw/<container>/<sel>/devices/<sel>`: list (GET), add (POST), remove (DELETE), and, as flespi has them,
 * assign by PUT (calcs, streams, plugins) and PATCH (plugins). flespi's per-link data (a plugin's per-device
 * fields) is not kept here: a PUT or PATCH body must be empty or `{}`, anything else is a 400 naming it.
 */
import { REFUSE } from '../../src/permissions';
import { describeIssue } from '../../src/contracts/schemas';
import type { ContainerType, HttpMethod, Instance, InstanceType } from '../../src/domain/types';
import { membersPattern } from '../../src/contracts/endpoints';
import { z } from 'zod';
import { listAnswer } from '../http/listing';
import { HttpError } from '../http/respond';
import { parseJsonBody } from '../http/jsonBody';
import { enforce, param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { enforceIfMatch } from './ifMatch';
import { selectVisible } from './selectVisible';
import { answer, route } from './route';

export const instanceResource = (type: InstanceType) => ({
  type,
  list: (w: { instances: Record<InstanceType, Instance[]> }) => w.instances[type],
});

const linkBody = z.strictObject({});

/** An empty body, or `{}`: flespi's link data is not modelled. */
async function readLinkBody(ctx: Ctx): Promise<void> {
  const bytes = await ctx.request.arrayBuffer();
  if (bytes.byteLength === 0) return;
  const parsed = linkBody.safeParse(parseJsonBody(bytes));
  if (!parsed.success) throw new HttpError(400, `${describeIssue(parsed.error).reason} (a device link keeps no data here).`);
}

type Verb = 'post' | 'put' | 'patch' | 'delete';
const METHOD: Record<Verb, HttpMethod> = { post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' };

function change(type: ContainerType, verb: Verb) {
  const res = instanceResource(type);
  const devices = instanceResource('devices');
  return async (ctx: Ctx) => {
    if (verb === 'put' || verb === 'patch') await readLinkBody(ctx);
    const containers = selectVisible(ctx, res, param(ctx, 'sel'));
    const members = selectVisible(ctx, devices, param(ctx, 'dsel'));
    const method = METHOD[verb];
    for (const c of containers) enforce(ctx.ix.decide(ctx.p, { action: 'assign', type, id: c.id, submodule: 'devices', method }));
    for (const d of members) enforce(ctx.ix.decide(ctx.p, { action: 'update', type: 'devices', id: d.id }));
    enforceIfMatch(
      ctx,
      type,
      containers.map((c) => c.id),
    );
    const ids = new Set(members.map((d) => d.id));
    const adds = verb !== 'delete';
    ctx.store.mutate(ctx.author, (w) => {
      const logs = containers.flatMap((c) => {
        const rec = w.instances[type].find((x) => x.id === c.id);
        if (!rec) throw new HttpError(404, REFUSE.absent(type, c.id).message);
        const before = rec.devices ?? [];
        const after = adds ? [...new Set([...before, ...ids])] : before.filter((d) => !ids.has(d));
        // A PUT of devices already assigned changes nothing, so it logs nothing (the write matrix holds every log to a change).
        if (after.length === before.length && after.every((d, i) => d === before[i])) return [];
        rec.devices = after;
        return [
          { cid: rec.cid, event: adds ? 'linked' : 'unlinked', item_type: type, item_id: rec.id, changes: { devices: [before, after] as [unknown, unknown] } },
        ];
      });
      return { value: null, logs };
    });
    return answer(members.map((d) => ({ id: d.id })));
  };
}

export const membersHandlers = (type: ContainerType) => {
  const res = instanceResource(type);
  const devices = instanceResource('devices');
  const path = `*${membersPattern(type)}`;
  const verbs: Verb[] = ['post', 'delete', ...(type === 'groups' ? [] : (['put'] as const)), ...(type === 'plugins' ? (['patch'] as const) : [])];
  return [
    route.get(path, (ctx) => {
      const containers = selectVisible(ctx, res, param(ctx, 'sel'));
      const ids = new Set(containers.flatMap((c) => ctx.ix.visibleMembers(ctx.p, type, c.id)));
      const items = selectVisible(ctx, devices, param(ctx, 'dsel')).filter((d) => ids.has(d.id));
      const { result, extra } = listAnswer(
        ctx.url,
        items.map((d) => ({ ...d })),
      );
      return answer(result, extra);
    }),
    ...verbs.map((verb) => route[verb](path, change(type, verb))),
  ];
};
