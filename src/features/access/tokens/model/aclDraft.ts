/**
 * The ACL editor's model: one draft per entry, converted to and from the dialect's `AclEntry`, the
 * presets for sharing a single tool, and the checks a draft must pass before it is sent. Pure.
 */
import { aclUriType } from '../../../../domain/aclUris';
import type { AclEntry, AclUri, HttpMethod, InstanceType, Submodule } from '../../../../domain/types';

export interface SubmoduleDraft {
  name: Submodule;
  /** A submodule is allowed when it has a method; unchecking the last method drops it. */
  methods: HttpMethod[];
}

export interface AclEntryDraft {
  uri: AclUri;
  methods: HttpMethod[];
  ids: 'all' | number[];
  /** Listed submodules only (the rest refused); off: submodules follow the item's methods. */
  limitSubmodules: boolean;
  submodules: SubmoduleDraft[];
}

export const aclType = (uri: AclUri): InstanceType => aclUriType(uri) ?? 'devices';

/** Submodules that exist per type, with the methods that mean something on each. */
export const SUBMODULE_METHODS: Record<InstanceType, ReadonlyArray<{ name: Submodule; methods: readonly HttpMethod[] }>> = {
  devices: [
    { name: 'messages', methods: ['GET', 'DELETE'] },
    { name: 'telemetry', methods: ['GET', 'DELETE'] },
    { name: 'settings', methods: ['GET', 'PUT'] },
    { name: 'logs', methods: ['GET'] },
    { name: 'commands', methods: ['GET', 'POST'] },
  ],
  channels: [
    { name: 'messages', methods: ['GET', 'DELETE'] },
    { name: 'logs', methods: ['GET'] },
  ],
  streams: [
    { name: 'devices', methods: ['GET', 'POST', 'DELETE'] },
    { name: 'logs', methods: ['GET'] },
  ],
  calcs: [
    { name: 'devices', methods: ['GET', 'POST', 'DELETE'] },
    { name: 'logs', methods: ['GET'] },
  ],
  plugins: [
    { name: 'devices', methods: ['GET', 'POST', 'DELETE'] },
    { name: 'logs', methods: ['GET'] },
  ],
  groups: [
    { name: 'devices', methods: ['GET', 'POST', 'DELETE'] },
    { name: 'logs', methods: ['GET'] },
  ],
};

export const emptyEntry = (uri: AclUri = 'gw/devices'): AclEntryDraft => ({ uri, methods: ['GET'], ids: [], limitSubmodules: false, submodules: [] });

export function draftFromAcl(entry: AclEntry): AclEntryDraft {
  const submodules = (entry.submodules ?? []).map((s) => ({ name: s.name, methods: [...s.methods] }));
  return {
    uri: entry.uri,
    methods: [...entry.methods],
    ids: entry.ids === 'all' ? 'all' : [...entry.ids],
    limitSubmodules: submodules.length > 0,
    submodules,
  };
}

export function aclFromDraft(d: AclEntryDraft): AclEntry {
  const entry: AclEntry = { uri: d.uri, methods: [...d.methods], ids: d.ids === 'all' ? 'all' : [...d.ids] };
  const submodules = d.submodules.filter((s) => s.methods.length > 0);
  if (d.limitSubmodules && submodules.length > 0) entry.submodules = submodules.map((s) => ({ name: s.name, methods: [...s.methods] }));
  return entry;
}

/** Changing an entry's uri: ids and submodules of the old type mean nothing for the new one. */
export const withUri = (d: AclEntryDraft, uri: AclUri): AclEntryDraft =>
  uri === d.uri ? d : { ...d, uri, ids: d.ids === 'all' ? 'all' : [], submodules: [], limitSubmodules: false };

/** Toggles one submodule method; a submodule with no method left is dropped. */
export function toggleSubmoduleMethod(d: AclEntryDraft, name: Submodule, method: HttpMethod): AclEntryDraft {
  const current = d.submodules.find((s) => s.name === name);
  const methods = current?.methods.includes(method) ? current.methods.filter((m) => m !== method) : [...(current?.methods ?? []), method];
  const rest = d.submodules.filter((s) => s.name !== name);
  return { ...d, submodules: methods.length > 0 ? [...rest, { name, methods }] : rest };
}

export const toggleMethod = (d: AclEntryDraft, method: HttpMethod): AclEntryDraft => ({
  ...d,
  methods: d.methods.includes(method) ? d.methods.filter((m) => m !== method) : [...d.methods, method],
});

export const PRESETS = {
  'devices-read': {
    label: 'Devices read-only for chosen ids',
    build: (ids: number[]): AclEntryDraft[] => [{ uri: 'gw/devices', methods: ['GET'], ids, limitSubmodules: false, submodules: [] }],
  },
  'devices-tracking': {
    label: 'Devices with messages and telemetry',
    build: (ids: number[]): AclEntryDraft[] => [
      {
        uri: 'gw/devices',
        methods: ['GET'],
        ids,
        limitSubmodules: true,
        submodules: [
          { name: 'messages', methods: ['GET'] },
          { name: 'telemetry', methods: ['GET'] },
        ],
      },
    ],
  },
} as const satisfies Record<string, { label: string; build: (ids: number[]) => AclEntryDraft[] }>;
export type PresetId = keyof typeof PRESETS;

/**
 * What only the editor's drafts can get wrong (the token's own rules, entries included, are the permission
 * module's `tokenFieldProblems`): limiting submodules without picking one would silently limit nothing.
 */
export function validateAcl(drafts: readonly AclEntryDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  drafts.forEach((d, i) => {
    if (d.limitSubmodules && d.submodules.length === 0)
      errors[`access.acl[${i}].submodules`] = `Entry ${i + 1} submodules: pick at least one submodule method, or stop limiting submodules.`;
  });
  return errors;
}
