import { caslAbility } from './caslAbility';
import { REPS, NOW, deep, devices, facts, ix, nw, principalOf, world } from './benchWorld';
import { fmt, ratio, time } from './measure';
import { naiveAllows, naivePrincipal } from './naiveScan';

/** Listing the devices of the root and of the deep account: module, CASL and the naive scan, with their answers compared. */
export function listDevices(rows: string[][], notes: string[]): void {
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
}
