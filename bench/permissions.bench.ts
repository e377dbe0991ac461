/**
 * npm run bench: the permission module against CASL and a naive scan on the large world
 * (mocks/db/largeWorld.ts). Prints medians and ratios as a markdown table (copied into bench/RESULTS.md).
 */
import os from 'node:os';
import { buildLargeWorld } from '../mocks/db/largeWorld';
import type { Action, Cid, Instance, Token, World } from '../src/domain/types';
import { buildAccessIndex } from '../src/permissions';
import type { AccessIndex, Principal } from '../src/permissions';
import { caslAbility, worldFacts } from './caslAbility';
import type { InstanceAbility } from './caslAbility';
import { fmt, median, ratio, table, time } from './measure';
import { naiveAllows, naivePrincipal, naiveWorld } from './naiveScan';
import { EntityStore, cedarRequests, exportCedar, tokenEntity } from '../src/cedar';
import { CedarAuthorizer, cedarVersion } from '../src/cedar/cedarWasm';

const NOW = 1_800_000_000;
const SEED = Number(process.env.BENCH_SEED ?? 7);
const REPS = Number(process.env.BENCH_REPS ?? 15);

const t0 = performance.now();
const world: World = buildLargeWorld(SEED, { now: NOW });
const genMs = performance.now() - t0;
const built = time(3, () => buildAccessIndex(world));
const ix: AccessIndex = built.result;
const devices = world.instances.devices;

const depthOf = (cid: Cid): number => {
  let d = 0;
  for (let a = world.accounts.find((x) => x.id === cid); a && a.owner_id !== 0; a = world.accounts.find((x) => x.id === a?.owner_id)) d++;
  return d;
};
/** The deep account with the most grants and role assignments pointing at it. */
const incoming = (cid: Cid): number =>
  world.grants.filter((g) => g.subaccounts.includes(cid)).length + world.roleAssignments.filter((a) => a.subject_cid === cid).length;
const deep = world.accounts.filter((a) => depthOf(a.id) === 4 && !a.blocked).sort((a, b) => incoming(b.id) - incoming(a.id))[0]?.id ?? 1;

const masterOf = (cid: Cid): Token =>
  world.tokens.find((t) => t.cid === cid && t.access.type === 1 && t.enabled && t.expire > NOW) ?? {
    id: -cid,
    cid,
    key: '',
    info: '',
    enabled: true,
    expire: 0,
    ttl: 0,
    created: 0,
    accessed: 0,
    ips: '',
    access: { type: 1, acl: [] },
  };
const principalOf = (cid: Cid): Principal => ({ token: masterOf(cid), actingCid: cid, now: NOW });

const facts = worldFacts(world);
const nw = naiveWorld(world);
const caslCan = (ab: InstanceAbility, d: Instance, action: Action): boolean => ab.can('read', d) && (action === 'read' || ab.can(action, d));

const rows: string[][] = [];
const notes: string[] = [];
for (const [label, cid] of [
  ['root', 1],
  [`deep (account ${deep}, depth 4)`, deep],
] as const) {
  const p = principalOf(cid);
  const ours = time(REPS, () => ix.visibleIds(p, 'devices'), 10);
  const abilityBuild = time(3, () => caslAbility(world, facts, cid, NOW, 'devices'));
  const ab = abilityBuild.result;
  const casl = time(Math.min(REPS, 5), () => devices.filter((d) => ab.can('read', d)).map((d) => d.id));
  const naive = time(3, () => {
    const np = naivePrincipal(nw, cid, NOW);
    return devices.filter((d) => naiveAllows(nw, np, d, 'read')).map((d) => d.id);
  });
  const same = [casl.result, naive.result].every((r) => r.length === ours.result.length && r.every((id, i) => id === ours.result[i]));
  rows.push([
    `list devices: ${label} → ${ours.result.length} ids`,
    fmt(ours.ms),
    fmt(casl.ms),
    fmt(naive.ms),
    ratio(casl.ms, ours.ms),
    ratio(naive.ms, ours.ms),
  ]);
  notes.push(`${label}: CASL ability build ${fmt(abilityBuild.ms)} ms; answers identical: ${same}`);
}

// 10,000 single checks over 10 principals (root, deep, 8 random accounts), random devices and actions.
let seed = 12345;
const next = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const cids = [1, deep, ...Array.from({ length: 8 }, () => 1 + next(world.accounts.length))];
const actions: Array<Exclude<Action, 'create'>> = ['read', 'update', 'logs', 'command'];
const checks = Array.from({ length: 10_000 }, () => ({
  cid: cids[next(cids.length)] ?? 1,
  device: devices[next(devices.length)] ?? devices[0],
  action: actions[next(actions.length)] ?? 'read',
}));
const principals = new Map(cids.map((c) => [c, principalOf(c)]));
const abilities = new Map(cids.map((c) => [c, caslAbility(world, facts, c, NOW, 'devices')]));
// Questions are prepared up front for all three (principal + request; ability + device; account + device).
const oursQs = checks.map((c) => ({
  p: principals.get(c.cid) ?? principalOf(c.cid),
  req: { action: c.action, type: 'devices' as const, id: c.device?.id ?? 0 },
}));
const caslQs = checks.map((c) => ({ ab: abilities.get(c.cid) ?? caslAbility(world, facts, c.cid, NOW, 'devices'), d: c.device, action: c.action }));
const answers = (n: number, fn: (i: number) => boolean): boolean[] => {
  const out = new Array<boolean>(n);
  for (let i = 0; i < n; i++) out[i] = fn(i);
  return out;
};
// Both get the same long warm-up (JIT tiers settle after ~15 runs of 10,000) and 30 timed runs.
const oursChecks = time(
  2 * REPS,
  () =>
    answers(oursQs.length, (i) => {
      const q = oursQs[i];
      return q !== undefined && ix.decide(q.p, q.req).allowed;
    }),
  15,
);
// The same questions through allows(): decide's verdict alone, a bit test once an account asked enough.
const oursAllows = time(
  2 * REPS,
  () =>
    answers(oursQs.length, (i) => {
      const q = oursQs[i];
      return q !== undefined && ix.allows(q.p, q.req);
    }),
  15,
);
const caslChecks = time(
  2 * REPS,
  () =>
    answers(caslQs.length, (i) => {
      const q = caslQs[i];
      return q?.d !== undefined && caslCan(q.ab, q.d, q.action);
    }),
  15,
);
const naiveChecks = time(3, () =>
  answers(checks.length, (i) => {
    const c = checks[i];
    return c?.device !== undefined && naiveAllows(nw, naivePrincipal(nw, c.cid, NOW), c.device, c.action);
  }),
);
// Cold: a fresh index (its rights and memos empty) or fresh abilities, with the code already JIT-warm.
const coldIx = median(
  [0, 1, 2].map(() => {
    const fresh = buildAccessIndex(world);
    const t = performance.now();
    answers(oursQs.length, (i) => {
      const q = oursQs[i];
      return q !== undefined && fresh.decide(q.p, q.req).allowed;
    });
    return performance.now() - t;
  }),
);
const coldCasl = median(
  [0, 1, 2].map(() => {
    const t = performance.now();
    const fresh = new Map(cids.map((c) => [c, caslAbility(world, facts, c, NOW, 'devices')]));
    answers(checks.length, (i) => {
      const c = checks[i];
      const ab = c && fresh.get(c.cid);
      return !!c?.device && !!ab && caslCan(ab, c.device, c.action);
    });
    return performance.now() - t;
  }),
);
const agree = [caslChecks.result, naiveChecks.result, oursAllows.result].every((r) => r.every((x, i) => x === oursChecks.result[i]));
const allowed = oursChecks.result.filter(Boolean).length;
rows.push([
  `10,000 single checks (${allowed} allowed)`,
  fmt(oursChecks.ms),
  fmt(caslChecks.ms),
  fmt(naiveChecks.ms),
  ratio(caslChecks.ms, oursChecks.ms),
  ratio(naiveChecks.ms, oursChecks.ms),
]);
rows.push([
  'same, as yes/no: allows() (bits)',
  fmt(oursAllows.ms),
  fmt(caslChecks.ms),
  fmt(naiveChecks.ms),
  ratio(caslChecks.ms, oursAllows.ms),
  ratio(naiveChecks.ms, oursAllows.ms),
]);
rows.push(['same, cold: fresh index / fresh abilities (median of 3)', fmt(coldIx), fmt(coldCasl), '–', ratio(coldCasl, coldIx), '–']);
notes.push(
  `checks: answers identical across the four (decide, allows, CASL, naive): ${agree} (10 principals: root, the deep account, 8 random; CASL abilities prebuilt except in the cold row; the naive scan filters grants and assignments per check)`,
);

const w = world;
console.log(
  `Large world (seed ${SEED}): ${w.accounts.length} accounts, ${devices.length} devices, ${w.instances.channels.length} of each other type, ${w.grants.length} grants, ${w.roleAssignments.length} role assignments, ${w.tokens.length} tokens`,
);
console.log(
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}; world generated in ${fmt(genMs)} ms; buildAccessIndex ${fmt(built.ms)} ms (median)\n`,
);
console.log(table(['case (median ms)', 'module', 'CASL', 'naive scan', 'CASL / module', 'naive / module'], rows));
console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);

// Other questions the mock backend asks, module only.
const root = principalOf(1);
const other: string[][] = [
  ['buildAccessIndex (whole world)', fmt(built.ms)],
  ['effectiveAccess(root, devices): 100,000 entries with permissions and rules', fmt(time(5, () => ix.effectiveAccess(root, 'devices')).ms)],
  [`effectiveAccess(deep, devices)`, fmt(time(REPS, () => ix.effectiveAccess(principalOf(deep), 'devices')).ms)],
  [
    'visibleIds(root, tokens / grants / role-assignments)',
    fmt(time(5, () => ['tokens', 'grants', 'role-assignments'].map((t) => ix.visibleIds(root, t as 'tokens'))).ms),
  ],
  ['whoHasAccess(devices, one id): all 1,000 accounts and 2,000 tokens', fmt(time(5, () => ix.whoHasAccess('devices', devices[0]?.id ?? 1, NOW)).ms)],
  ['creatableAccounts(root, devices)', fmt(time(5, () => ix.creatableAccounts(root, 'devices')).ms)],
];
console.log(`\n${table(['other operations (median ms)', 'module'], other)}`);

// Cedar (issue 23): the same single checks asked of Cedar on the exported large world, each request with the
// entities a gateway would send with it (prepared up front, like the questions); decisions per second, both.
const cedarT0 = performance.now();
const cedarExport = exportCedar(world, { asOf: NOW });
const cedarExportMs = performance.now() - cedarT0;
const cedarStore = new EntityStore(cedarExport.entities);
const CEDAR_CHECKS = Number(process.env.BENCH_CEDAR_CHECKS ?? 2000);
const sliceT0 = performance.now();
const cedarQs = oursQs.slice(0, CEDAR_CHECKS).map((q) => {
  const principal = tokenEntity(q.p.token);
  return cedarRequests(q.p, q.req).map((r) => ({ r, entities: cedarStore.slice(r, principal) }));
});
const sliceMs = performance.now() - sliceT0;
const cedarEngine = new CedarAuthorizer();
const cedarChecks = time(3, () => cedarQs.map((rs) => rs.some(({ r, entities }) => cedarEngine.authorize(r, entities).allowed)), 1);
const cedarAgree = cedarChecks.result.every((x, i) => x === oursChecks.result[i]);
const perSecond = (n: number, ms: number): number => Math.round((n / ms) * 1000);
const oursPerSecond = perSecond(oursQs.length, oursChecks.ms);
const cedarPerSecond = perSecond(cedarQs.length, cedarChecks.ms);
const avgSlice = cedarQs.reduce((n, rs) => n + (rs[0]?.entities.length ?? 0), 0) / Math.max(cedarQs.length, 1);
console.log(
  `\n${table(
    ['Cedar (issue 23): single checks', 'decisions / s', 'module / Cedar'],
    [
      [`module: 10,000 checks in ${fmt(oursChecks.ms)} ms`, oursPerSecond.toLocaleString('en'), '1×'],
      [
        `Cedar ${cedarVersion()}: first ${cedarQs.length.toLocaleString('en')} of them in ${fmt(cedarChecks.ms)} ms`,
        cedarPerSecond.toLocaleString('en'),
        ratio(oursPerSecond, cedarPerSecond),
      ],
    ],
  )}`,
);
console.log(
  `\n- Cedar: answers identical to the module's: ${cedarAgree}; export of the world ${fmt(cedarExportMs)} ms (${cedarExport.entities.length.toLocaleString('en')} entities); per-request entities ${avgSlice.toFixed(1)} on average, sliced in ${fmt(sliceMs / Math.max(cedarQs.length, 1))} ms each (not timed above)`,
);
