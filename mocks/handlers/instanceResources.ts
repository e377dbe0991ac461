/** Descriptors and extra handlers of the six instance types: /gw/<type>, members, commands, messages and telemetry. */
import * as s from '../../src/contracts/schemas';
import { dropReferences } from '../../src/permissions';
import { CONTAINER_TYPES, INSTANCE_TYPES } from '../../src/domain/types';
import type { Instance, InstanceType } from '../../src/domain/types';
import { HttpError, readJson } from '../http/respond';
import { enforce, param } from '../http/withPrincipal';
import { deviceDataHandlers } from './deviceData';
import { readWorld } from '../db/collections';
import { droppedLogs } from './droppedLogs';
import { instanceResource, membersHandlers } from './memberHandlers';
import { collectionHandlers } from './resource';
import { selectVisible } from './selectVisible';
import { COLLECTION_BASES, ENDPOINTS } from '../../src/contracts/endpoints';
import { answer, route } from './route';

const typeHandlers = (type: InstanceType) =>
  collectionHandlers({
    ...instanceResource(type),
    base: COLLECTION_BASES[type],
    createSchema: s.INSTANCE_CREATE[type],
    updateSchema: s.INSTANCE_UPDATE[type],
    build: (input, cid, id): Instance => {
      const { cid: _c, ...rest } = input;
      return { ...rest, id, cid, type, ...(type === 'devices' || type === 'channels' ? {} : { devices: [] }) };
    },
    afterDelete: (w, ids) => droppedLogs(dropReferences(w, { type, ids: [...ids] }, readWorld(w))),
  });

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
    logs: targets.flatMap((d) =>
      parsed.map((c) => ({
        cid: d.cid,
        event: 'command',
        item_type: 'devices' as const,
        item_id: d.id,
        changes: { command: [null, c.name] as [unknown, unknown] },
      })),
    ),
  }));
  return answer(targets.flatMap((d) => parsed.map((c) => ({ device_id: d.id, name: c.name, status: 'queued' }))));
});

export const instanceHandlers = [commands, ...deviceDataHandlers, ...CONTAINER_TYPES.flatMap(membersHandlers), ...INSTANCE_TYPES.flatMap(typeHandlers)];
