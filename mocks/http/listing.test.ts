import { describe, expect, it } from 'vitest';
import { listAnswer, sortItems } from './listing';
import { HttpError } from './respond';

const items = [
  { id: 3, name: 'Truck 10', cid: 2 },
  { id: 1, name: 'truck 9', cid: 1 },
  { id: 2, name: 'Alpha', cid: 2 },
];
const url = (q: string) => new URL(`http://x/gw/devices/all?${q}`);

describe('list answers', () => {
  it('sorts by a field, naturally and case-insensitively, either way; stable on ties', () => {
    expect(sortItems(url('sort=name'), items).map((i) => i.id)).toEqual([2, 1, 3]);
    expect(sortItems(url('sort=-name'), items).map((i) => i.id)).toEqual([3, 1, 2]);
    expect(sortItems(url('sort=cid'), items).map((i) => i.id)).toEqual([1, 3, 2]);
    expect(sortItems(url(''), items)).toBe(items);
  });

  it('sorts before paging, and counts everything', () => {
    const { result, extra } = listAnswer(url('sort=-id&limit=2&offset=1'), items);
    expect(result.map((r) => r.id)).toEqual([2, 1]);
    expect(extra).toEqual({ pagination: { limit: 2, offset: 1, count: 3 } });
  });

  it.each(['sort=password', 'sort=--id', 'sort=name,id', 'sort=+id', 'sort=key'])('refuses %s naming the parameter', (q) => {
    expect(() => listAnswer(url(q), items)).toThrow(HttpError);
    expect(() => listAnswer(url(q), items)).toThrow(/"sort"/);
  });
});
