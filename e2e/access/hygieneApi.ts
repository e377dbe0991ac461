/** The hygiene specs' reading of the API (`hygiene.spec.ts`, `lockout.spec.ts`): lists, and the expiry timeline they imply. */
import type { Page } from '@playwright/test';
import type { Grant, Role, RoleAssignment, Token } from '../../src/domain/types';
import { endsWithinDays } from '../../src/lib/days';
import { tokenState } from '../../src/permissions';
import { callApi, expect, personaKey } from '../fixtures';

export const DAY = 86_400;
export const ADMIN = personaKey('acme-admin');
const KIND_ORDER = { Grant: 0, 'Role assignment': 1, Token: 2 } as const;
type Expected = { what: keyof typeof KIND_ORDER; name: string; at: number };

export async function list<T>(page: Page, path: string): Promise<T[]> {
  const answer = await callApi<T>(page, ADMIN, 'GET', path);
  expect(answer.status, path).toBe(200);
  return answer.body.result ?? [];
}

/** What the timeline should show, from the API's own lists for the same principal. */
export async function expectedTimeline(page: Page, days: number): Promise<Expected[]> {
  const now = Math.floor(Date.now() / 1000);
  const roles = new Map((await list<Role>(page, '/platform/roles/all')).map((r) => [r.id, r.name]));
  const accounts = new Map((await list<{ id: number; name: string }>(page, '/platform/subaccounts/all?fields=id,name')).map((a) => [a.id, a.name]));
  const account = (cid: number) => accounts.get(cid) ?? `Account #${cid}`;
  // "/accounts/1005" → "account Contoso Foods and below"; "/accounts/1004/groups/1" → "groups #1 of Northwind Logistics".
  const scope = (s: string) => {
    const [, cid, type, id] = s.split('/').slice(1);
    return type ? `${type} #${id} of ${account(Number(cid))}` : `account ${account(Number(cid))} and below`;
  };
  const rows: Expected[] = [];
  for (const t of await list<Token>(page, '/platform/tokens/all')) {
    const { expiresAt } = tokenState(t, now);
    if (expiresAt !== null) rows.push({ what: 'Token', name: t.info || `Token #${t.id}`, at: expiresAt });
  }
  for (const g of await list<Grant>(page, '/platform/grants/all')) if (g.expire > 0) rows.push({ what: 'Grant', name: g.name, at: g.expire });
  for (const a of await list<RoleAssignment>(page, '/platform/role-assignments/all')) {
    if (a.expire > 0)
      rows.push({
        what: 'Role assignment',
        name: `${roles.get(a.role_id) ?? `Role #${a.role_id}`} for ${account(a.subject_cid)} on ${scope(a.scope)}`,
        at: a.expire,
      });
  }
  // The panel's one definition of "within N days" (local calendar days).
  return rows.filter((r) => endsWithinDays(r.at, now, days)).sort((a, b) => a.at - b.at || KIND_ORDER[a.what] - KIND_ORDER[b.what]);
}
