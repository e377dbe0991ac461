/** Descriptors and extra handlers of the six instance types: /gw/<type>, members, commands. */
import * as s from '../../src/contracts/schemas';
import { dropReferences } from '../../src/permissions';
import { CONTAINER_TYPES, INSTANCE_TYPES } from '../../src/domain/types';
import type { Instance, InstanceType } from '../../src/domain/types';
import { listAnswer } from '../http/listing';
import { HttpError, readJson } from '../http/respond';
import { enforce, param } from '../http/withPrincipal';
import { droppedLogs } from './droppedLogs';
import { collectionHandlers, selectVisible } from './resource';
import { enforceIfMatch } from './ifMatch';
import { COLLECTION_BASES, ENDPOINTS, membersPattern } from '../../src/contracts/endpoints';
import { answer, route } from './route';

const instanceResource = (type: InstanceType) => ({
  type,
  base: COLLECTION_BASES[type],
  list: (w: { instances: Record<InstanceType, Instance[]> }) => w.instances[type],
});

const typeHandlers = (type: InstanceType) =>
  collectionHandlers({
    ...instanceResource(type),
    createSchema: s.instanceCreate,
    updateSchema: s.instanceUpdate,
    build: (input, cid, id): Instance => {
      const { cid: _c, devices: _d, ...rest } = input;
      return { ...rest, id, cid, type, ...(type === 'devices' || type === 'channels' ? {} : { devices: [] }) };
    },
    afterDelete: (w, ids) => droppedLogs(dropReferences(w, { type, ids: [...ids] })),
  });

const membersHandlers = (type: InstanceType) => {
  const res = instanceResource(type);
  const devices = instanceResource('devices');
  const members = `*${membersPattern(type)}`;
  return [
    route.get(members, (ctx) => {
      const containers = selectVisible(ctx, res, param(ctx, 'sel'));
      const ids = new Set(containers.flatMap((c) => ctx.ix.visibleMembers(ctx.p, type, c.id)));
      const items = selectVisible(ctx, devices, 'all').filter((d) => ids.has(d.id));
      const { result, extra } = listAnswer(ctx.url, items.map((d) => ({ ...d })));
      return answer(result, extra);
    }),
    ...(['post', 'delete'] as const).map((verb) =>
      route[verb](members, (ctx) => {
        const containers = selectVisible(ctx, res, param(ctx, 'sel'));
        const members = selectVisible(ctx, devices, param(ctx, 'dsel'));
        const method = verb === 'post' ? 'POST' : 'DELETE';
        for (const c of containers) enforce(ctx.ix.decide(ctx.p, { action: 'assign', type, id: c.id, submodule: 'devices', method }));
        for (const d of members) enforce(ctx.ix.decide(ctx.p, { action: 'update', type: 'devices', id: d.id }));
        enforceIfMatch(ctx, type, containers.map((c) => c.id));
        const ids = new Set(members.map((d) => d.id));
        ctx.store.mutate(ctx.author, (w) => {
          const logs = containers.map((c) => {
            const rec = w.instances[type].find((x) => x.id === c.id);
            if (!rec) throw new HttpError(404, `No ${type} with id ${c.id}.`);
            const before = rec.devices ?? [];
            rec.devices = verb === 'post' ? [...new Set([...before, ...ids])] : before.filter((d) => !ids.has(d));
            return { cid: rec.cid, event: verb === 'post' ? 'linked' : 'unlinked', item_type: type, item_id: rec.id, changes: { devices: [before, rec.devices] as [unknown, unknown] } };
          });
          return { value: null, logs };
        });
        return answer(members.map((d) => ({ id: d.id })));
      }),
    ),
  ];
};

const commands = route.post(`*${ENDPOINTS.commands}`, async (ctx) => {
  const body = await readJson(ctx.request);
  const list = Array.isArray(body) ? body : [body];
  const parsed = list.map((raw, i) => {
    const r = s.commandCreate.safeParse(raw);
    if (!r.success) throw new HttpError(400, `Item ${i}: ${s.describeIssue(r.error).reason}.`, i);
    return r.data;
  });
  const targets = selectVisible(ctx, instanceResource('devices'), param(ctx, 'sel'));
  for (const d of targets) enforce(ctx.ix.decide(ctx.p, { action: 'command', type: 'devices', id: d.id, submodule: 'commands', method: 'POST' }));
  ctx.store.mutate(ctx.author, () => ({
    value: null,
    logs: targets.flatMap((d) => parsed.map((c) => ({ cid: d.cid, event: 'command', item_type: 'devices' as const, item_id: d.id, changes: { command: [null, c.name] as [unknown, unknown] } }))),
  }));
  return answer(targets.flatMap((d) => parsed.map((c) => ({ device_id: d.id, name: c.name, status: 'queued' }))));
});

export const instanceHandlers = [
  commands,
  ...CONTAINER_TYPES.flatMap(membersHandlers),
  ...INSTANCE_TYPES.flatMap(typeHandlers),
];
