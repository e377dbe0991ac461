import { describe, expect, it } from 'vitest';
import { accessQuery, pathCid, readExplorerParams, writeExplorerParams } from './explorerParams';

const read = (s: string) => readExplorerParams(new URLSearchParams(s));

describe('explorer params', () => {
  it('reads every choice from the URL', () => {
    expect(read('cid=1007&acting=1004&type=calcs&source=grant&permission=update&why=313')).toEqual({
      subject: { kind: 'account', cid: 1007 },
      acting: 1004,
      type: 'calcs',
      source: 'grant',
      permission: 'update',
      why: 313,
    });
  });
  it('a token wins over an account; bad values fall back to defaults', () => {
    expect(read('cid=1007&token=5').subject).toEqual({ kind: 'token', id: 5 });
    expect(read('cid=-1&type=planes&source=magic&permission=fly&why=0&acting=x')).toEqual({
      subject: null,
      acting: null,
      type: 'devices',
      source: null,
      permission: null,
      why: null,
    });
  });
  it('writes changes, drops cleared ones, and restarts paging when the list changes', () => {
    const q = new URLSearchParams('cid=1007&page=3&source=role');
    const next = writeExplorerParams(q, { subject: { kind: 'token', id: 5 }, source: null });
    expect(next.toString()).toBe('token=5');
    const why = writeExplorerParams(new URLSearchParams('page=2'), { why: 313 });
    expect(why.get('page')).toBe('2');
  });
  it('builds the API query and path account', () => {
    const p = read('token=5&acting=1005&source=acl&permission=read');
    expect(accessQuery(p, ' reef ')).toEqual({ type: 'devices', token: 5, acting: 1005, source: 'acl', permission: 'read', q: 'reef' });
    expect(pathCid(p, 1000)).toBe(1000);
    expect(pathCid(read('cid=1007'), 1000)).toBe(1007);
  });
});
