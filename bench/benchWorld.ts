/**
 * The large world `permissions.bench.ts` measures on (built when this module loads), its index, the principals
 * asked about, and what CASL and the naive scan prepare from it.
 */
import { buildLargeWorld } from '../mocks/db/largeWorld';
import type { Action, Cid, Instance, Token, World } from '../src/domain/types';
import { accountPrincipal, buildAccessIndex } from '../src/permissions';
import type { AccessIndex, Principal } from '../src/permissions';
import { worldFacts } from './caslAbility';
import type { InstanceAbility } from './caslAbility';
import { time } from './measure';
import { naiveWorld } from './naiveScan';

export const NOW = 1_800_000_000;
export const SEED = Number(process.env.BENCH_SEED ?? 7);
export const REPS = Number(process.env.BENCH_REPS ?? 15);

const t0 = performance.now();
export const world: World = buildLargeWorld(SEED, { now: NOW });
export const genMs = performance.now() - t0;
export const built = time(3, () => buildAccessIndex(world));
export const ix: AccessIndex = built.result;
export const devices = world.instances.devices;

const depthOf = (cid: Cid): number => {
  let d = 0;
  for (let a = world.accounts.find((x) => x.id === cid); a && a.owner_id !== 0; a = world.accounts.find((x) => x.id === a?.owner_id)) d++;
  return d;
};
/** The deep account with the most grants and role assignments pointing at it. */
const incoming = (cid: Cid): number =>
  world.grants.filter((g) => g.subaccounts.includes(cid)).length + world.roleAssignments.filter((a) => a.subject_cid === cid).length;
export const deep = world.accounts.filter((a) => depthOf(a.id) === 4 && !a.blocked).sort((a, b) => incoming(b.id) - incoming(a.id))[0]?.id ?? 1;

const masterOf = (cid: Cid): Token =>
  world.tokens.find((t) => t.cid === cid && t.access.type === 1 && t.enabled && t.expire > NOW) ?? accountPrincipal(cid, NOW).token;
export const principalOf = (cid: Cid): Principal => ({ token: masterOf(cid), actingCid: cid, now: NOW });

export const facts = worldFacts(world);
export const nw = naiveWorld(world);
export const caslCan = (ab: InstanceAbility, d: Instance, action: Action): boolean => ab.can('read', d) && (action === 'read' || ab.can(action, d));
