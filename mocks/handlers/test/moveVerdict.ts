/**
 * The write matrix's allowance for a move (issue 18, `PUT /gw/devices|channels/<sel>/cid`): the references
 * the module's moveItems changes when the moved items go to their new account, in the world before the
 * write, as a delete's dropped references are (the caller may not read some of them: hidden means hidden).
 */
import type { World } from '../../../src/domain/types';
import { moveItems } from '../../../src/permissions';
import type { MovableType } from '../../../src/permissions';
import { recordKey } from './worldSnapshot';
import type { Snapshot, SnapshotDiff } from './worldSnapshot';

const cidIn = (json: string | undefined): number | undefined => (json ? (JSON.parse(json) as { cid?: number }).cid : undefined);

export function movedReferences(diff: SnapshotDiff, before: Snapshot, after: Snapshot, w: World): Set<string> {
  const out = new Set<string>();
  for (const type of ['devices', 'channels'] as const satisfies readonly MovableType[]) {
    const moved = new Map<number, number[]>();
    for (const [key, change] of diff.records) {
      if (change !== 'modified' || !key.startsWith(`${type}:`)) continue;
      const [was, now] = [cidIn(before.records.get(key)), cidIn(after.records.get(key))];
      if (was === now || now === undefined) continue;
      const id = Number(key.slice(type.length + 1));
      moved.set(now, [...(moved.get(now) ?? []), id]);
    }
    for (const [target, ids] of moved) for (const ref of moveItems(structuredClone(w), type, ids, target)) out.add(recordKey(ref.type, ref.id));
  }
  return out;
}
