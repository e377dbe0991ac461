/** The token table's filters, read from and written to the URL, and applied to the rows. Pure. */
import { TOKEN_KINDS } from '../../../../domain/types';
import type { Token, TokenKind } from '../../../../domain/types';
import { endsWithinDays } from '../../../../lib/days';
import { tokenState } from '../../../../permissions';

export const KIND_FILTERS = { standard: TOKEN_KINDS.standard, master: TOKEN_KINDS.master, acl: TOKEN_KINDS.acl } as const satisfies Record<string, TokenKind>;
export type KindFilter = keyof typeof KIND_FILTERS;
export const EXPIRY_FILTERS = ['active', 'expiring', 'expired'] as const;
export type ExpiryFilter = (typeof EXPIRY_FILTERS)[number];

export interface TokenFilters {
  kind: KindFilter | null;
  enabled: boolean | null;
  expiry: ExpiryFilter | null;
  /** Not used for at least this many days (never used counts). */
  unusedDays: number | null;
}

/** "Expiring" = active but lapsing within this many days. */
export const EXPIRING_DAYS = 7;

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null => (v !== null && (list as readonly string[]).includes(v) ? (v as T) : null);

export function readFilters(params: URLSearchParams): TokenFilters {
  const enabled = params.get('enabled');
  const unused = params.get('unused');
  return {
    kind: oneOf(Object.keys(KIND_FILTERS) as KindFilter[], params.get('kind')),
    enabled: enabled === 'yes' ? true : enabled === 'no' ? false : null,
    expiry: oneOf(EXPIRY_FILTERS, params.get('expiry')),
    unusedDays: unused !== null && /^\d{1,5}$/.test(unused) ? Number(unused) : null,
  };
}

export function writeFilters(params: URLSearchParams, f: TokenFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value === null ? next.delete(name) : next.set(name, value));
  set('kind', f.kind);
  set('enabled', f.enabled === null ? null : f.enabled ? 'yes' : 'no');
  set('expiry', f.expiry);
  set('unused', f.unusedDays === null ? null : String(f.unusedDays));
  next.delete('page');
  return next;
}

/** Whether a token is in an expiry state ("active" includes those expiring soon); `enabled` is its own filter. */
export function matchesExpiry(t: Pick<Token, 'expire' | 'ttl' | 'accessed'>, filter: ExpiryFilter, now: number): boolean {
  const { state, expiresAt } = tokenState({ ...t, enabled: true }, now);
  if (filter === 'expired') return state === 'expired';
  if (state === 'expired') return false;
  return filter === 'active' || (expiresAt !== null && endsWithinDays(expiresAt, now, EXPIRING_DAYS));
}

export function applyFilters<T extends Pick<Token, 'access' | 'enabled' | 'expire' | 'ttl' | 'accessed'>>(
  rows: readonly T[],
  f: TokenFilters,
  now: number,
): T[] {
  return rows.filter(
    (t) =>
      (f.kind === null || t.access.type === KIND_FILTERS[f.kind]) &&
      (f.enabled === null || t.enabled === f.enabled) &&
      (f.expiry === null || matchesExpiry(t, f.expiry, now)) &&
      (f.unusedDays === null || t.accessed === 0 || t.accessed <= now - f.unusedDays * 86_400),
  );
}
