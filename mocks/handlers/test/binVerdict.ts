/**
 * The write matrix's rule for the recycle bin (issue 18): an entry comes in only for a record the write
 * removed, holding it exactly as it was; an entry leaves only for the record coming back (a restore).
 */
import type { Snapshot, SnapshotDiff } from './worldSnapshot';

const withoutAccessed = (json: string | undefined): string | undefined => {
  if (json === undefined) return undefined;
  const { accessed: _a, ...r } = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(r);
};

export function binProblems(before: Snapshot, after: Snapshot, diff: SnapshotDiff): string[] {
  const problems: string[] = [];
  for (const [key, change] of diff.bin) {
    const record = diff.records.get(key);
    if (change === 'added') {
      if (record !== 'removed') problems.push(`bin entry ${key} for a record the write did not remove`);
      else if (withoutAccessed(after.bin.get(key)) !== withoutAccessed(before.records.get(key))) problems.push(`bin entry ${key} is not the record as it was`);
    } else if (record !== 'added' || withoutAccessed(after.records.get(key)) !== withoutAccessed(before.bin.get(key)))
      problems.push(`bin entry ${key} left the bin without its record coming back as it was`);
  }
  return problems;
}
