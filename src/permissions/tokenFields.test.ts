import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_TTL, tokenFieldProblems } from './tokenFields';
import type { TokenFields } from './tokenFields';

const NOW = 1_000_000;
const draft = (over: Partial<TokenFields> = {}): TokenFields => ({ expire: NOW + 60, ttl: 0, access: { type: 0, acl: [] }, ...over });
const fields = (d: TokenFields, existing?: { expire: number }) => tokenFieldProblems(d, { now: NOW, existing }).map((p) => p.field);

describe('tokenFieldProblems (the token guard and the token form alike)', () => {
  it('accepts a standard token that expires', () => {
    expect(tokenFieldProblems(draft(), { now: NOW })).toEqual([]);
    expect(tokenFieldProblems(draft({ expire: 0, ttl: 3600 }), { now: NOW })).toEqual([]);
  });

  it('a token must expire: one problem, on expire and ttl', () => {
    expect(tokenFieldProblems(draft({ expire: 0 }), { now: NOW })).toEqual([
      { field: 'expire', alsoField: 'ttl', message: 'a token must expire; set expire, ttl or both' },
    ]);
  });

  it('a past expire is refused unless it is the one the token already has', () => {
    expect(fields(draft({ expire: NOW - 1 }))).toEqual(['expire']);
    expect(fields(draft({ expire: NOW - 1 }), { expire: NOW - 1 })).toEqual([]);
  });

  it('ttl at most ten years; kinds 0, 1, 2 only', () => {
    expect(fields(draft({ ttl: MAX_TOKEN_TTL + 1 }))).toEqual(['ttl']);
    expect(fields(draft({ access: { type: 7, acl: [] } }))).toEqual(['access.type']);
  });

  it('an ACL token lists at least one entry, and each entry allows a method on at least one id', () => {
    expect(fields(draft({ access: { type: 2, acl: [] } }))).toEqual(['access.acl']);
    const entry = { uri: 'gw/devices' as const, methods: [], ids: [] };
    expect(fields(draft({ access: { type: 2, acl: [entry] } }))).toEqual(['access.acl[0].methods', 'access.acl[0].ids']);
    expect(tokenFieldProblems(draft({ access: { type: 2, acl: [{ ...entry, methods: ['GET'] }] } }), { now: NOW })[0]?.message).toBe(
      'pick at least one of the devices, or allow all',
    );
    expect(fields(draft({ access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: 'all' }] } }))).toEqual([]);
  });
});
