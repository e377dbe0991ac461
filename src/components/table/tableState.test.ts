import { describe, expect, it } from 'vitest';
import { applyTableState, DEFAULT_TABLE_STATE, readTableState, writeTableState } from './tableState';

const rows = [
  { id: 3, name: 'beta' },
  { id: 1, name: 'Alpha' },
  { id: 2, name: 'gamma 10' },
  { id: 4, name: 'gamma 9' },
];
const text = (r: (typeof rows)[number]) => `${r.name} ${r.id}`;

describe('tableState', () => {
  it('round-trips through the URL, leaving defaults out and counting pages from 1', () => {
    const state = { q: 'x', sort: 'name', dir: 'desc' as const, page: 2, size: 50 };
    const params = writeTableState(new URLSearchParams('other=1'), state);
    expect(params.toString()).toBe('other=1&q=x&sort=name&dir=desc&page=3&size=50');
    expect(readTableState(params)).toEqual(state);
    expect(writeTableState(new URLSearchParams(), DEFAULT_TABLE_STATE).toString()).toBe('');
  });

  it('ignores nonsense in the URL', () => {
    expect(readTableState(new URLSearchParams('page=-3&size=7&dir=up'))).toEqual(DEFAULT_TABLE_STATE);
  });

  it('keeps two tables apart by prefix', () => {
    const params = writeTableState(new URLSearchParams(), { ...DEFAULT_TABLE_STATE, q: 'a' }, 'm_');
    expect(readTableState(params).q).toBe('');
    expect(readTableState(params, 'm_').q).toBe('a');
  });

  it('searches case-insensitively and sorts naturally, stable, both ways', () => {
    const asc = applyTableState(rows, { ...DEFAULT_TABLE_STATE, sort: 'name' }, text, (r) => r.name);
    expect(asc.rows.map((r) => r.id)).toEqual([1, 3, 4, 2]);
    const desc = applyTableState(rows, { ...DEFAULT_TABLE_STATE, sort: 'name', dir: 'desc' }, text, (r) => r.name);
    expect(desc.rows.map((r) => r.id)).toEqual([2, 4, 3, 1]);
    const found = applyTableState(rows, { ...DEFAULT_TABLE_STATE, q: 'GAMMA' }, text, undefined);
    expect(found).toEqual({ rows: [rows[2], rows[3]], count: 2 });
  });

  it('pages, and clamps a page past the end to the last one', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: i, name: `n${i}` }));
    const p = applyTableState(many, { ...DEFAULT_TABLE_STATE, page: 9 }, text, undefined);
    expect(p.count).toBe(60);
    expect(p.rows.map((r) => r.id)).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
  });
});
