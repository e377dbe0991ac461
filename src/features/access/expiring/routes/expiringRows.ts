import type { Grant, RoleAssignment, Token } from '../../../../domain/types';
import { DAY, endsSoon, endsWithinDays } from '../../../../lib/days';
import { tokenState } from '../../../../permissions';

export { DAY };
/** The windows the timeline offers (days); it opens on the next weeks. */
export const WINDOWS = [1, 7, 30, 90] as const;
export const DEFAULT_WINDOW = 30;
/** The menu badge counts what ends within this many days. */
export const BADGE_WINDOW = 7;

interface RowBase {
  id: number;
  name: string;
  expiresAt: number;
  rev?: number;
}
export type ExpiringRow =
  | (RowBase & { kind: 'tokens'; record: Token; viaTtl: boolean })
  | (RowBase & { kind: 'grants'; record: Grant })
  | (RowBase & { kind: 'role-assignments'; record: RoleAssignment });

type WithRev<T> = T & { rev?: number };

/** Every token, grant and role assignment that expires (or whose ttl lapses), soonest first. */
export function expiringRows(
  tokens: readonly WithRev<Token>[],
  grants: readonly WithRev<Grant>[],
  assignments: readonly WithRev<RoleAssignment>[],
  now: number,
  assignmentName: (a: RoleAssignment) => string = (a) => `Role #${a.role_id} over ${a.scope}`,
): ExpiringRow[] {
  const rows: ExpiringRow[] = [];
  for (const t of tokens) {
    const { expiresAt } = tokenState(t, now);
    if (expiresAt !== null) {
      const viaTtl = t.ttl > 0 && (t.expire === 0 || t.expire < expiresAt);
      rows.push({ kind: 'tokens', id: t.id, name: t.info || `Token #${t.id}`, expiresAt, rev: t.rev, record: t, viaTtl });
    }
  }
  for (const g of grants) if (g.expire > 0) rows.push({ kind: 'grants', id: g.id, name: g.name, expiresAt: g.expire, rev: g.rev, record: g });
  for (const a of assignments) {
    if (a.expire > 0) rows.push({ kind: 'role-assignments', id: a.id, name: assignmentName(a), expiresAt: a.expire, rev: a.rev, record: a });
  }
  return rows.sort((a, b) => a.expiresAt - b.expiresAt || a.kind.localeCompare(b.kind) || a.id - b.id);
}

/** Rows that end within `days` (lib/days: local calendar days), expired ones still present included. */
export const withinWindow = (rows: readonly ExpiringRow[], now: number, days: number): ExpiringRow[] =>
  rows.filter((r) => endsWithinDays(r.expiresAt, now, days));

/** What the menu badge counts: not expired yet, ending within 7 days. */
export const expiringSoon = (rows: readonly ExpiringRow[], now: number): number => rows.filter((r) => endsSoon(r.expiresAt, now, BADGE_WINDOW)).length;

/** The new end when extending by `days`: from the current end, or from now when already expired. */
export const extendedExpiry = (row: Pick<ExpiringRow, 'expiresAt'>, now: number, days: number): number => Math.max(row.expiresAt, now) + days * DAY;

/** `?days=` of the URL, if it is one of the windows. */
export function parseWindow(raw: string | null): number {
  const n = Number(raw);
  return (WINDOWS as readonly number[]).includes(n) ? n : DEFAULT_WINDOW;
}
