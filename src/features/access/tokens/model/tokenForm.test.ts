import { describe, expect, it } from 'vitest';
import type { Token } from '../../../../domain/types';
import { PRESETS } from './aclDraft';
import { MAX_TOKEN_TTL } from '../../../../permissions';
import { emptyEntry } from './aclDraft';
import { fromLocalInput, initialValues, parseTtl, toLocalInput, tokenBody, validateTokenForm } from './tokenForm';
import type { TokenFormValues } from './tokenForm';
import { serverField } from './serverField';
import { tokenCreate } from '../../../../contracts/schemas';

const NOW = 1_800_000_000;
const base: TokenFormValues = { info: 'x', cid: 1000, kind: 0, enabled: true, expire: toLocalInput(NOW + 3600), ttl: '', acl: [] };

describe('times', () => {
  it('round-trips a unix time through the date-time field (minutes)', () => {
    const t = NOW - (NOW % 60);
    expect(fromLocalInput(toLocalInput(t))).toBe(t);
    expect(toLocalInput(0)).toBe('');
    expect(fromLocalInput('')).toBe(0);
    expect(fromLocalInput('tomorrow')).toBeNull();
  });

  it.each([
    ['', 0],
    ['3600', 3600],
    [' 60 ', 60],
    ['-5', null],
    ['1.5', null],
    ['abc', null],
    ['12345678901', null],
  ])('ttl %j → %j', (text, want) => {
    expect(parseTtl(text)).toBe(want);
  });
});

describe('validateTokenForm', () => {
  it('accepts expire, ttl or both', () => {
    expect(validateTokenForm(base, { now: NOW })).toEqual({});
    expect(validateTokenForm({ ...base, expire: '', ttl: '600' }, { now: NOW })).toEqual({});
    expect(validateTokenForm({ ...base, ttl: '600' }, { now: NOW })).toEqual({});
  });

  it('a token must expire: both fields say so and name expire and ttl', () => {
    const e = validateTokenForm({ ...base, expire: '', ttl: '' }, { now: NOW });
    expect(e.expire).toBe('expire or ttl: a token must expire; set expire, ttl or both.');
    expect(e.ttl).toBe('ttl or expire: a token must expire; set expire, ttl or both.');
  });

  it("info at most 255 characters: the backend's schema, read by the form", () => {
    expect(validateTokenForm({ ...base, info: 'x'.repeat(255) }, { now: NOW })).toEqual({});
    expect(validateTokenForm({ ...base, info: 'x'.repeat(256) }, { now: NOW })).toEqual({ info: 'Info must be at most 255 characters.' });
    expect(tokenCreate.safeParse({ info: 'x'.repeat(256), expire: NOW + 60 }).success).toBe(false);
  });

  it("ttl at most ten years (the module's limit, as saving has it)", () => {
    expect(validateTokenForm({ ...base, ttl: String(MAX_TOKEN_TTL + 1) }, { now: NOW }).ttl).toMatch(/^ttl: at most/);
  });

  it('an ACL token needs an entry, and each entry a method and an id', () => {
    expect(Object.keys(validateTokenForm({ ...base, kind: 2, acl: [] }, { now: NOW }))).toEqual(['access.acl']);
    const errors = validateTokenForm(
      {
        ...base,
        kind: 2,
        acl: [
          { ...emptyEntry(), ids: 'all' },
          { ...emptyEntry('gw/calcs'), methods: [], ids: [], limitSubmodules: true },
        ],
      },
      { now: NOW },
    );
    expect(errors).toEqual({
      'access.acl[1].methods': 'Entry 2 methods: pick at least one method.',
      'access.acl[1].ids': 'Entry 2 ids: pick at least one of the calcs, or allow all.',
      'access.acl[1].submodules': expect.stringMatching(/^Entry 2 submodules/),
    });
  });

  it('names a bad ttl and a past expire', () => {
    expect(validateTokenForm({ ...base, ttl: '-1' }, { now: NOW }).ttl).toMatch(/^ttl: whole seconds/);
    expect(validateTokenForm({ ...base, expire: toLocalInput(NOW - 3600) }, { now: NOW }).expire).toMatch(/^expire: must be in the future/);
  });

  it('lets an unchanged past expire stand when editing', () => {
    const past = { ...base, expire: toLocalInput(NOW - 3600) };
    expect(validateTokenForm(past, { now: NOW, original: past })).toEqual({});
  });

  it('asks for an account and checks the ACL only for ACL tokens', () => {
    expect(validateTokenForm({ ...base, cid: null }, { now: NOW }).cid).toMatch(/^cid:/);
    expect(validateTokenForm({ ...base, kind: 0, acl: PRESETS['devices-read'].build([]) }, { now: NOW })).toEqual({});
    expect(Object.keys(validateTokenForm({ ...base, kind: 2, acl: PRESETS['devices-read'].build([]) }, { now: NOW }))).toEqual(['access.acl[0].ids']);
  });
});

describe('tokenBody', () => {
  it('sends the ACL only for ACL tokens', () => {
    const acl = PRESETS['devices-read'].build([301]);
    expect(tokenBody({ ...base, kind: 0, acl }).access).toEqual({ type: 0, acl: [] });
    expect(tokenBody({ ...base, kind: 2, acl }).access).toEqual({ type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [301] }] });
  });

  it('initial values of a token give back its body', () => {
    const token: Token = {
      id: 5,
      cid: 1004,
      key: 'k',
      info: 'Fleet',
      enabled: false,
      expire: NOW + 600 - ((NOW + 600) % 60),
      ttl: 86_400,
      created: NOW,
      accessed: 0,
      ips: '',
      access: { type: 2, acl: [{ uri: 'gw/devices', methods: ['GET'], ids: [1], submodules: [{ name: 'logs', methods: ['GET'] }] }] },
    };
    expect(tokenBody(initialValues(token, { cid: null, now: NOW }))).toEqual({
      info: 'Fleet',
      enabled: false,
      expire: token.expire,
      ttl: 86_400,
      access: token.access,
    });
  });
});

describe('serverField', () => {
  it.each([
    ['Item 0: access.acl[1].ids: access.acl[1].ids: lists an item you cannot read', 'access.acl[1].ids'],
    ['expire: expire: a token must expire: set expire, ttl or both', 'expire'],
    ['cid: cid: a token carries its account', 'cid'],
    ['tokens 5 was changed since you loaded it (your rev 1, now 2); reload and try again.', null],
  ])('%s', (reason, field) => {
    expect(serverField(reason)?.field ?? null).toBe(field);
  });
});
