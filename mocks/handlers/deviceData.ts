/**
 * `GET /gw/devices/<sel>/messages` (flespi's `data`: from, to, count, reverse, filter, fields) and
 * `GET /gw/devices/<sel>/telemetry/<params>`: generated per device (deviceMessages.ts), each device asked of
 * the permission module as its `messages` or `telemetry` submodule, so an ACL token's submodules guard them.
 */
import type { Submodule } from '../../src/domain/types';
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { globMatcher } from '../http/glob';
import { HttpError } from '../http/respond';
import { readRecordsData } from '../http/recordsData';
import { enforce, param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { MESSAGE_HISTORY, messageAt, messageTimes, telemetryOf } from './deviceMessages';
import type { Message } from './deviceMessages';
import { instanceResource } from './memberHandlers';
import { selectVisible } from './selectVisible';
import { answer, route } from './route';

/** At most this many messages in one answer; a larger window needs `count` or a narrower window. */
export const MAX_MESSAGES = 10_000;

function readableDevices(ctx: Ctx, submodule: Submodule) {
  const devices = selectVisible(ctx, instanceResource('devices'), param(ctx, 'sel'));
  for (const d of devices) enforce(ctx.ix.decide(ctx.p, { action: 'read', type: 'devices', id: d.id, submodule, method: 'GET' }));
  return devices;
}

const messages = route.get(`*${ENDPOINTS.deviceMessages}`, (ctx) => {
  const data = readRecordsData(ctx.url) ?? {};
  const devices = readableDevices(ctx, 'messages');
  const now = ctx.p.now;
  const to = data.to ?? now;
  // flespi answers the whole stored history by default; here a day unless `from` says otherwise.
  const from = data.from ?? Math.max(0, to - 86_400);
  if (data.count !== undefined && data.count > MAX_MESSAGES)
    throw new HttpError(400, `Query parameter "data" is not valid: "data.count" must be at most ${MAX_MESSAGES} here.`);
  const found: Message[] = [];
  for (const d of devices) {
    for (const t of messageTimes(d, from, to, now)) {
      const m = messageAt(d, t);
      if (!data.filter || data.filter(m)) found.push(m);
    }
  }
  found.sort((a, b) => a.timestamp - b.timestamp || Number(a['device.id']) - Number(b['device.id']));
  if (data.reverse) found.reverse();
  if (data.count === undefined && found.length > MAX_MESSAGES) {
    throw new HttpError(
      400,
      `Query parameter "data" selects ${found.length} messages, more than ${MAX_MESSAGES}: set "count" or narrow "from"/"to" (messages are kept ${MESSAGE_HISTORY / 86_400} days).`,
    );
  }
  return answer(data.count === undefined ? found : found.slice(0, data.count), {}, data.fields);
});

/** `all`, or parameter names (`position.latitude,battery.*`): a 400 naming the selector otherwise. */
function telemetryNames(raw: string): ((name: string) => boolean) | null {
  const sel = raw.trim();
  if (sel === 'all') return null;
  const names = sel.split(',').map((n) => n.trim());
  if (sel.length > 8192 || names.some((n) => !/^[\w.*-]+$/.test(n))) {
    throw new HttpError(400, `The telemetry selector "${sel.slice(0, 80)}" is not valid: expected all or parameter names (position.latitude,battery.*).`);
  }
  const matchers = names.map((n) => (n.includes('*') ? globMatcher(n) : (x: string) => x === n));
  return (name) => matchers.some((m) => m(name));
}

const telemetry = route.get(`*${ENDPOINTS.deviceTelemetry}`, (ctx) => {
  const keep = telemetryNames(param(ctx, 'tsel'));
  const devices = readableDevices(ctx, 'telemetry');
  return answer(
    devices.map((d) => {
      const all = telemetryOf(d, ctx.p.now);
      return { id: d.id, telemetry: keep ? Object.fromEntries(Object.entries(all).filter(([k]) => keep(k))) : all };
    }),
  );
});

export const deviceDataHandlers = [messages, telemetry];
