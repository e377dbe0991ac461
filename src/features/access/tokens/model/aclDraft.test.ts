import { describe, expect, it } from 'vitest';
import type { AclEntry } from '../../../../domain/types';
import { PRESETS, aclFromDraft, draftFromAcl, emptyEntry, toggleMethod, toggleSubmoduleMethod, validateAcl, withUri } from './aclDraft';

const trackit: AclEntry = {
  uri: 'gw/devices',
  methods: ['GET'],
  ids: 'all',
  submodules: [
    { name: 'messages', methods: ['GET'] },
    { name: 'telemetry', methods: ['GET'] },
  ],
};

describe('draft ↔ acl', () => {
  it.each<[string, AclEntry]>([
    ['ids and no submodules', { uri: 'gw/devices', methods: ['GET'], ids: [301, 302] }],
    ['all ids with submodules', trackit],
    ['a calc with devices submodule', { uri: 'gw/calcs', methods: ['GET', 'PUT'], ids: [2], submodules: [{ name: 'devices', methods: ['GET', 'POST'] }] }],
  ])('round-trips %s', (_n, entry) => {
    expect(aclFromDraft(draftFromAcl(entry))).toEqual(entry);
  });

  it('limits submodules only when the entry lists some', () => {
    expect(draftFromAcl(trackit).limitSubmodules).toBe(true);
    expect(draftFromAcl({ uri: 'gw/devices', methods: ['GET'], ids: 'all' }).limitSubmodules).toBe(false);
  });

  it('leaves submodules out when not limiting (they then follow the item methods)', () => {
    const d = { ...draftFromAcl(trackit), limitSubmodules: false };
    expect(aclFromDraft(d)).not.toHaveProperty('submodules');
  });

  it('does not share arrays with the entry it came from', () => {
    const entry: AclEntry = { uri: 'gw/devices', methods: ['GET'], ids: [1] };
    const d = draftFromAcl(entry);
    (d.ids as number[]).push(2);
    d.methods.push('PUT');
    expect(entry).toEqual({ uri: 'gw/devices', methods: ['GET'], ids: [1] });
  });
});

describe('editing', () => {
  it('a new uri drops ids and submodules of the old type but keeps "all"', () => {
    const d = {
      ...draftFromAcl({ uri: 'gw/devices', methods: ['GET'], ids: [301] }),
      limitSubmodules: true,
      submodules: [{ name: 'logs' as const, methods: ['GET' as const] }],
    };
    expect(withUri(d, 'gw/channels')).toMatchObject({ uri: 'gw/channels', ids: [], submodules: [], limitSubmodules: false });
    expect(withUri({ ...d, ids: 'all' }, 'gw/channels').ids).toBe('all');
    expect(withUri(d, 'gw/devices')).toBe(d);
  });

  it('toggles methods and submodule methods; a submodule without methods is dropped', () => {
    let d = toggleMethod(emptyEntry(), 'PUT');
    expect(d.methods).toEqual(['GET', 'PUT']);
    d = toggleMethod(d, 'GET');
    expect(d.methods).toEqual(['PUT']);
    d = toggleSubmoduleMethod(d, 'messages', 'GET');
    d = toggleSubmoduleMethod(d, 'messages', 'DELETE');
    expect(d.submodules).toEqual([{ name: 'messages', methods: ['GET', 'DELETE'] }]);
    d = toggleSubmoduleMethod(toggleSubmoduleMethod(d, 'messages', 'GET'), 'messages', 'DELETE');
    expect(d.submodules).toEqual([]);
  });
});

describe('presets', () => {
  it('devices read-only: GET on the chosen ids, submodules following GET', () => {
    expect(PRESETS['devices-read'].build([301, 302]).map(aclFromDraft)).toEqual([{ uri: 'gw/devices', methods: ['GET'], ids: [301, 302] }]);
  });

  it('devices with messages and telemetry: only those submodules, read', () => {
    expect(PRESETS['devices-tracking'].build([311]).map(aclFromDraft)).toEqual([{ ...trackit, ids: [311] }]);
  });
});

describe('validateAcl (what only the drafts can get wrong)', () => {
  it('limiting submodules needs one picked', () => {
    expect(validateAcl([{ ...emptyEntry(), ids: 'all', limitSubmodules: true }])).toEqual({
      'access.acl[0].submodules': expect.stringMatching(/^Entry 1 submodules/),
    });
  });

  it('accepts the presets', () => {
    expect(validateAcl(PRESETS['devices-tracking'].build([1]))).toEqual({});
  });
});
