/**
 * Issue 18: no sequence of creates and moves (and restores of deleted devices, when the recycle bin is
 * there) takes any account past a limit of its own or above it. Random limits (each at or above what its
 * account holds) on random demo accounts, then random requests as Acme's admin; after every one, usage is
 * counted here, independently of the module: an account's own records plus its whole subtree's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMIT_TYPES } from '../../../src/domain/limits';
import type { LimitType } from '../../../src/domain/limits';
import type { World } from '../../../src/domain/types';
import { getStore } from '../../db/backend';
import { resetMockWorld } from '../../node';
import { call, serveDemoWorld } from './test/limitCalls';

serveDemoWorld();
const ACCOUNTS = [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008];

function held(w: World, cid: number, type: LimitType): number {
  const under = (c: number): boolean => c === cid || (c !== 0 && under(w.accounts.find((a) => a.id === c)?.owner_id ?? 0));
  if (type === 'subaccounts') return w.accounts.filter((a) => a.id !== cid && under(a.id)).length;
  const list = type === 'tokens' ? w.tokens : w.instances[type];
  return list.filter((r) => under(r.cid)).length;
}

function breaches(w: World): string[] {
  const out: string[] = [];
  for (const a of w.accounts) {
    const l = (w.limits ?? []).find((x) => x.id === a.limit_id);
    if (l) for (const t of LIMIT_TYPES) if (l[t] >= 0 && held(w, a.id, t) > l[t]) out.push(`${a.name}: ${t} ${held(w, a.id, t)} > ${l[t]}`);
  }
  return out;
}

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length] as T;
const op = fc.record({
  kind: fc.constantFrom('device', 'channel', 'token', 'subaccount', 'move-device', 'move-channel', 'delete-restore'),
  a: fc.nat(),
  b: fc.nat(),
});
const limitArb = fc.record({ account: fc.constantFrom(...ACCOUNTS.filter((c) => c !== 1000)), slack: fc.nat({ max: 2 }), unbounded: fc.boolean() });

async function run(step: { kind: string; a: number; b: number }): Promise<void> {
  const w = getStore().world;
  const cid = pick(w.accounts, step.a).id;
  if (step.kind === 'device') await call('POST', '/gw/devices', { body: [{ name: 'D', device_type_id: 1, cid }] });
  else if (step.kind === 'channel') await call('POST', '/gw/channels', { body: [{ name: 'C', protocol_id: 1, cid }] });
  else if (step.kind === 'token') await call('POST', '/platform/tokens', { body: [{ cid, info: 't', expire: 0, access: { type: 1, acl: [] } }] });
  else if (step.kind === 'subaccount') await call('POST', '/platform/subaccounts', { body: [{ name: 'S', cid }] });
  else if (step.kind === 'delete-restore') {
    const d = pick(w.instances.devices, step.b);
    await call('DELETE', `/gw/devices/${d.id}`);
    await call('POST', `/gw/devices`, { body: [{ name: 'Filler', device_type_id: 1, cid: d.cid }] });
    await call('POST', `/platform/deleted/${encodeURIComponent(`gw/devices/${d.id}`)}/restore`, { cid: d.cid });
  } else {
    const type = step.kind === 'move-device' ? 'devices' : 'channels';
    const item = pick(w.instances[type], step.b);
    await call('PUT', `/gw/${type}/${item.id}/cid`, { body: cid });
  }
}

describe('limits hold under any sequence of creates, moves and restores', () => {
  it('no account passes a limit of its own or above it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(limitArb, { minLength: 1, maxLength: 4 }), fc.array(op, { minLength: 1, maxLength: 12 }), async (limits, steps) => {
        resetMockWorld();
        for (const l of limits) {
          const w = getStore().world;
          const counts = Object.fromEntries(LIMIT_TYPES.map((t) => [t, l.unbounded && t === 'tokens' ? -1 : held(w, l.account, t) + l.slack]));
          const owner = w.accounts.find((a) => a.id === l.account)?.owner_id ?? 1000;
          const made = await call('POST', '/platform/limits', { body: [{ name: `L${l.account}`, cid: owner, ...counts }] });
          expect((await call('PATCH', `/platform/subaccounts/${l.account}`, { body: { limit_id: made.body.result?.[0]?.['id'] } })).status).toBe(200);
        }
        expect(breaches(getStore().world)).toEqual([]);
        for (const s of steps) {
          await run(s);
          expect(breaches(getStore().world)).toEqual([]);
        }
      }),
      { numRuns: Number(process.env.LIMIT_RUNS ?? 60) },
    );
  });
});
