/**
 * The official client's gateway flows (flespi-io-js `gw.*`): the six instance types, each made in a subaccount
 * by the root admin's master token acting as it (`x-flespi-cid`), with flespi's own fields of the type.
 */
import type { Flow, Step } from './officialFlowsReplay';

const CONTOSO = 1005;

interface TypeCase {
  type: 'devices' | 'channels' | 'streams' | 'calcs' | 'plugins' | 'groups';
  /** flespi's fields of the type on create (what makes one: device_type_id, protocol_id, type_id, selectors). */
  create: Record<string, unknown>;
  /** Changed by PUT. */
  update: Record<string, unknown>;
  /** flespi has PATCH on this type. */
  patch: boolean;
}

const TYPES: TypeCase[] = [
  {
    type: 'devices',
    create: { device_type_id: 742, configuration: { ident: '352093081234567' }, messages_ttl: 86_400 },
    update: { configuration: { ident: '352093089999999' } },
    patch: true,
  },
  { type: 'channels', create: { protocol_id: 5, configuration: { host: '0.0.0.0', port: 28_000 }, enabled: false }, update: { enabled: true }, patch: false },
  {
    type: 'streams',
    create: { protocol_id: 8, configuration: { uri: 'https://example.com/replay' }, queue_ttl: 600 },
    update: { queue_ttl: 3600 },
    patch: false,
  },
  {
    type: 'calcs',
    create: { selectors: [{ type: 'datetime', split: 'day' }], counters: [{ name: 'distance', type: 'route' }] },
    update: { selectors: [{ type: 'expression', expression: 'position.speed>5' }] },
    patch: false,
  },
  { type: 'plugins', create: { type_id: 3, configuration: { mode: 'replay' } }, update: { configuration: { mode: 'edited' } }, patch: true },
  { type: 'groups', create: { metadata: { replay: true } }, update: { metadata: { replay: false } }, patch: false },
];

function instanceFlow({ type, create, update, patch }: TypeCase): Flow {
  const name = `Replay ${type}`;
  const own = Object.keys(create).join(',');
  const [key = '', value] = Object.entries(update)[0] ?? [];
  const lastChange = patch ? { name: [name, `${name} (patched)`] } : { [key]: [create[key] ?? null, value] };
  const patched: Step[] = patch
    ? [
        {
          what: `patch ${type}`,
          cid: CONTOSO,
          method: 'PATCH',
          path: `/gw/${type}/$id`,
          fields: 'id,name',
          body: { name: `${name} (patched)` },
          result: [{ name: `${name} (patched)` }],
        },
      ]
    : [];
  return {
    name: `${type}`,
    steps: [
      {
        what: `post ${type}`,
        cid: CONTOSO,
        method: 'POST',
        path: `/gw/${type}`,
        fields: `id,name,cid,${own}`,
        body: [{ name, ...create }],
        result: [{ name, cid: CONTOSO, ...create }],
        keep: { id: 'id' },
      },
      { what: `get ${type} by name`, cid: CONTOSO, method: 'GET', path: `/gw/${type}/name=Replay*`, fields: 'id,name', result: [{ id: '$id', name }] },
      { what: `get ${type} by id, all fields`, cid: CONTOSO, method: 'GET', path: `/gw/${type}/$id`, has: ['id', 'name', 'cid', ...Object.keys(create)] },
      {
        what: `get ${type} by expression`,
        cid: CONTOSO,
        method: 'GET',
        path: `/gw/${type}/{name=="Replay*" && cid==${CONTOSO}}`,
        fields: 'id',
        result: [{ id: '$id' }],
      },
      {
        what: `put ${type}`,
        cid: CONTOSO,
        method: 'PUT',
        path: `/gw/${type}/$id`,
        fields: `id,${Object.keys(update).join(',')}`,
        body: update,
        result: [{ id: '$id', ...update }],
      },
      ...patched,
      { what: `put ${type}, unknown field`, cid: CONTOSO, method: 'PUT', path: `/gw/${type}/$id`, body: { colour: 'red' }, status: 400, reason: /colour/ },
      {
        what: `get ${type} logs`,
        cid: CONTOSO,
        method: 'GET',
        path: `/gw/${type}/$id/logs`,
        data: { fields: 'event,item_id' },
        result: [{ event: 'created', item_id: '$id' }, ...[update, ...(patch ? [{}] : [])].map(() => ({ event: 'updated', item_id: '$id' }))],
      },
      {
        what: `get ${type} logs, newest update`,
        cid: CONTOSO,
        method: 'GET',
        path: `/gw/${type}/$id/logs`,
        data: { filter: 'event=updated', reverse: true, count: 1, fields: 'event,changes' },
        result: [{ event: 'updated', changes: lastChange }],
      },
      { what: `delete ${type}`, cid: CONTOSO, method: 'DELETE', path: `/gw/${type}/$id`, result: [{ id: '$id' }] },
      { what: `get ${type}, gone`, cid: CONTOSO, method: 'GET', path: `/gw/${type}/name=Replay*`, fields: 'id', count: 0 },
    ],
  };
}

export const INSTANCES: Flow[] = TYPES.map(instanceFlow);
