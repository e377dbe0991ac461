/** What an account reaches, asked of the API as the root admin, and the change between two readings. */
import type { Page } from '@playwright/test';
import { INSTANCE_TYPES, PLATFORM_TYPES } from '../src/domain/types';
import type { AccessEntry } from '../src/permissions';
import { callApi, personaKey } from './fixtures';

/** Everything an account reaches, as `type:id` → its permissions. */
export async function accessOf(page: Page, cid: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const type of [...PLATFORM_TYPES, 'role-assignments', ...INSTANCE_TYPES]) {
    const answer = await callApi<AccessEntry>(page, personaKey('acme-admin'), 'GET', `/platform/access/${cid}?type=${type}&limit=100000`);
    for (const e of answer.body.result ?? []) out.set(`${type}:${e.id}`, [...e.permissions].sort().join(','));
  }
  return out;
}

export function accessChange(before: Map<string, string>, after: Map<string, string>) {
  const gained = [...after.keys()].filter((k) => !before.has(k));
  const lost = [...before.keys()].filter((k) => !after.has(k));
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k));
  return { gained, lost, changed };
}
