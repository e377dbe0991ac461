import type { Grant, RoleAssignment, Token } from '../../../../domain/types';
import { tokenState } from '../../../../permissions';

export interface ExpiringRow {
  kind: 'tokens' | 'grants' | 'role-assignments';
  id: number;
  name: string;
  expiresAt: number;
}

/** Every token, grant and role assignment that expires (or whose ttl lapses), soonest first. */
export function expiringRows(tokens: readonly Token[], grants: readonly Grant[], assignments: readonly RoleAssignment[], now: number): ExpiringRow[] {
  const rows: ExpiringRow[] = [];
  for (const t of tokens) {
    const { expiresAt } = tokenState(t, now);
    if (expiresAt !== null) rows.push({ kind: 'tokens', id: t.id, name: t.info || `Token #${t.id}`, expiresAt });
  }
  for (const g of grants) if (g.expire > 0) rows.push({ kind: 'grants', id: g.id, name: g.name, expiresAt: g.expire });
  for (const a of assignments) if (a.expire > 0) rows.push({ kind: 'role-assignments', id: a.id, name: `Assignment #${a.id} (${a.scope})`, expiresAt: a.expire });
  return rows.sort((a, b) => a.expiresAt - b.expiresAt);
}
