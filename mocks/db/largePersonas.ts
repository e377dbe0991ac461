/**
 * Personas of a generated large world, picked from it (the keys come from the seed): the root's admin,
 * the admin of the largest top-level branch, a standard token and an ACL token that all work now.
 */
import type { AccessIndex } from '../../src/permissions';
import type { World } from '../../src/domain/types';

export interface LargePersona {
  id: 'large-root' | 'large-branch' | 'large-standard' | 'large-acl';
  label: string;
  accountName: string;
  kind: 'master' | 'standard' | 'acl';
  key: string;
}

const YEAR = 365 * 86_400;

/** Token 1 (the root's master token) is the root admin persona: made enabled and unexpired whatever the seed. */
export function keepRootTokenUsable(world: World, now: number): void {
  const t = world.tokens[0];
  if (t) {
    t.enabled = true;
    if (t.expire <= now) t.expire = now + YEAR;
  }
}

export function largePersonas(world: World, ix: AccessIndex, now: number): LargePersona[] {
  const works = (key: string) => ix.principal(key, null, now).ok;
  const accountName = (cid: number) => world.accounts.find((a) => a.id === cid)?.name ?? `#${cid}`;
  const root = world.accounts.find((a) => a.owner_id === 0);
  const out: LargePersona[] = [];
  const add = (id: LargePersona['id'], label: string, kind: LargePersona['kind'], token: World['tokens'][number] | undefined) => {
    if (token) out.push({ id, label, accountName: accountName(token.cid), kind, key: token.key });
  };
  add(
    'large-root',
    'Root admin',
    'master',
    world.tokens.find((t) => t.cid === root?.id && t.access.type === 1 && works(t.key)),
  );

  // The top-level account with the most accounts below it: its admin can switch between many accounts.
  const size = new Map<number, number>();
  const topOf = new Map<number, number>();
  for (const a of world.accounts) {
    const parent = a.owner_id;
    const top = parent === root?.id ? a.id : topOf.get(parent);
    if (top === undefined) continue;
    topOf.set(a.id, top);
    size.set(top, (size.get(top) ?? 0) + 1);
  }
  const tops = [...size.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([cid]) => cid);
  const branchToken = tops.map((cid) => world.tokens.find((t) => t.cid === cid && t.access.type === 1 && works(t.key))).find((t) => t !== undefined);
  add('large-branch', 'Branch admin', 'master', branchToken);
  add(
    'large-standard',
    'Standard token',
    'standard',
    world.tokens.find((t) => t.access.type === 0 && works(t.key)),
  );
  add(
    'large-acl',
    'ACL token',
    'acl',
    world.tokens.find((t) => t.access.type === 2 && works(t.key)),
  );
  return out;
}
