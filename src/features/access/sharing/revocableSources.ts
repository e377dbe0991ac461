import type { NamedRule } from '../../../permissions';

/** A grant by its name where the reader may read it (the server names it in the rule), else by id. */
export type Revocable = { kind: 'grant'; grantId: number; grantName?: string } | { kind: 'role'; assignmentId: number; roleName: string };

/** What gives an account its access and can be taken back: each grant once, each role assignment once (ownership cannot). */
export function revocableSources(rules: readonly NamedRule[]): Revocable[] {
  const out: Revocable[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    const source: Revocable | null =
      r.kind === 'grant' || r.kind === 'subaccount-grant'
        ? { kind: 'grant', grantId: r.grantId, ...(r.name ? { grantName: r.name } : {}) }
        : r.kind === 'role'
          ? { kind: 'role', assignmentId: r.assignmentId, roleName: r.roleName }
          : null;
    const key = source && (source.kind === 'grant' ? `g${source.grantId}` : `r${source.assignmentId}`);
    if (source && key && !seen.has(key)) {
      seen.add(key);
      out.push(source);
    }
  }
  return out;
}
