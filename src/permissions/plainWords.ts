/**
 * Plain words for access: permissions as levels ("read, edit and logs"), items by name, ends as dates,
 * and what an ACL entry really allows. Names come from the caller as functions, so a name the reader may
 * not read is never looked up here: `null` means "outside your view".
 */
import { aclUriType } from '../domain/aclUris';
import type { AclEntry, Action, HttpMethod, UnixTime } from '../domain/types';
import type { When } from './explain';
import type { RecordType } from './types';

const ACTION_WORDS: Record<Action, string> = {
  read: 'read',
  update: 'edit',
  delete: 'delete',
  logs: 'logs',
  command: 'command',
  create: 'create',
  assign: 'assign',
};
const ORDER: readonly Action[] = ['read', 'update', 'logs', 'command', 'delete', 'create', 'assign'];

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** Permissions as the levels people know: `['read','update','logs']` → "read, edit and logs". */
export const actionWords = (actions: readonly Action[]): string =>
  listWords([...actions].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).map((a) => ACTION_WORDS[a]));

/** "until 2026-05-12" or "with no end date". */
export const untilWords = (expire: UnixTime, when: When): string => (expire > 0 ? `until ${when(expire)}` : 'with no end date');

const SINGULAR: Record<RecordType, string> = {
  subaccounts: 'account',
  tokens: 'token',
  grants: 'grant',
  roles: 'role',
  'role-assignments': 'role assignment',
  devices: 'device',
  channels: 'channel',
  streams: 'stream',
  calcs: 'calc',
  plugins: 'plugin',
  groups: 'group',
};
export const typeWord = (type: RecordType, n = 1): string =>
  n === 1 ? SINGULAR[type] : type === 'role-assignments' ? 'role assignments' : type === 'subaccounts' ? 'accounts' : type;

/** `device “Reefer 13”`, `devices “A”, “B” and 2 more` (at most `shown` names). */
export function itemsWords(type: RecordType, names: readonly string[], shown = 3): string {
  const quoted = names.slice(0, shown).map((n) => `“${n}”`);
  const more = names.length - quoted.length;
  return `${typeWord(type, names.length)} ${more > 0 ? `${quoted.join(', ')} and ${more} more` : listWords(quoted)}`;
}

const METHOD_WORDS: Record<HttpMethod, string> = { GET: 'read', PUT: 'edit', PATCH: 'edit', DELETE: 'delete', POST: 'create and use' };
const methodWords = (methods: readonly HttpMethod[]): string => listWords([...new Set(methods.map((m) => METHOD_WORDS[m]))]);

/**
 * What one ACL entry allows, by name: "read on devices “NW Truck 1” and “NW Truck 2”, with logs and every
 * other submodule alike". `nameOf` answers null for an id the reader may not read (left out, said as "others").
 */
export function aclEntryWords(e: AclEntry, nameOf: (id: number) => string | null): string {
  const type: RecordType = aclUriType(e.uri) ?? 'devices';
  let on: string;
  if (e.ids === 'all') on = `every ${typeWord(type)} its account reaches`;
  else {
    const names = e.ids.map(nameOf).filter((n): n is string => n !== null);
    const hidden = names.length < e.ids.length;
    on = names.length === 0 ? `${typeWord(type, 2)} outside your view` : `${itemsWords(type, names, 10)}${hidden ? ' and others outside your view' : ''}`;
  }
  const subs = e.submodules ?? [];
  const submodules =
    subs.length === 0
      ? ', with logs and every other submodule alike'
      : `, with only the ${listWords(subs.map((s) => `${s.name} (${methodWords(s.methods)})`))} submodule${subs.length > 1 ? 's' : ''}${subs.some((s) => s.name === 'logs') ? '' : ', not logs'}`;
  return `${methodWords(e.methods)} on ${on}${submodules}`;
}
