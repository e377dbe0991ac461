import { describe, expect, it } from 'vitest';
import type { Token } from '../../../../domain/types';
import { applyFilters, readFilters, writeFilters } from './tokenFilters';
import type { TokenFilters } from './tokenFilters';

const NOW = 1_800_000_000;
const DAY = 86_400;
type Row = Pick<Token, 'id' | 'access' | 'enabled' | 'expire' | 'ttl' | 'accessed'>;
const row = (id: number, extra: Partial<Row>): Row => ({
  id,
  access: { type: 0, acl: [] },
  enabled: true,
  expire: NOW + 30 * DAY,
  ttl: 0,
  accessed: NOW - DAY,
  ...extra,
});
const rows: Row[] = [
  row(1, { access: { type: 1, acl: [] } }),
  row(2, { enabled: false }),
  row(3, { expire: NOW + 2 * DAY }),
  row(4, { expire: NOW - DAY }),
  row(5, { expire: 0, ttl: 3 * DAY, accessed: NOW - 2 * DAY }),
  row(6, { accessed: 0 }),
  row(7, { accessed: NOW - 40 * DAY, access: { type: 2, acl: [] } }),
];
const none: TokenFilters = { kind: null, enabled: null, expiry: null, unusedDays: null };
const ids = (f: Partial<TokenFilters>) => applyFilters(rows, { ...none, ...f }, NOW).map((r) => r.id);

describe('applyFilters', () => {
  it.each<[string, Partial<TokenFilters>, number[]]>([
    ['nothing', {}, [1, 2, 3, 4, 5, 6, 7]],
    ['master', { kind: 'master' }, [1]],
    ['acl', { kind: 'acl' }, [7]],
    ['disabled', { enabled: false }, [2]],
    ['active includes expiring soon', { expiry: 'active' }, [1, 2, 3, 5, 6, 7]],
    ['expiring within 7 days (ttl counts from last use)', { expiry: 'expiring' }, [3, 5]],
    ['expired', { expiry: 'expired' }, [4]],
    ['unused for 30 days (never used counts)', { unusedDays: 30 }, [6, 7]],
    ['combined', { kind: 'standard', unusedDays: 0 }, [2, 3, 4, 5, 6]],
  ])('%s', (_n, f, want) => {
    expect(ids(f)).toEqual(want);
  });
});

describe('URL', () => {
  it('round-trips and drops the page when a filter changes', () => {
    const f: TokenFilters = { kind: 'acl', enabled: true, expiry: 'expiring', unusedDays: 14 };
    const p = writeFilters(new URLSearchParams('q=x&page=3'), f);
    expect(p.get('q')).toBe('x');
    expect(p.has('page')).toBe(false);
    expect(readFilters(p)).toEqual(f);
  });

  it('ignores unknown values', () => {
    expect(readFilters(new URLSearchParams('kind=root&enabled=maybe&expiry=soon&unused=-3'))).toEqual(none);
  });
});
