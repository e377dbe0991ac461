/** The grant form as plain data, and the grant it makes (or, per field, what is wrong). */
import { readExpiryDate } from '../../../../components/ExpiryDateField';
import { INSTANCE_GRANT_LEVELS, SUBACCOUNT_GRANT_LEVELS } from '../../../../domain/types';
import type { Cid, Grant, GrantItem, GrantLevel, InstanceGrantLevel, InstanceType, SubaccountGrantLevel } from '../../../../domain/types';
import { grantLevelsFor } from '../../../../permissions';

export type ItemType = InstanceType | 'subaccounts';

export interface Picked {
  id: number;
  name?: string;
}

export interface ItemForm {
  /** Stable React key. */
  key: number;
  type: ItemType;
  /** Every instance of the type in the grantor's account (not offered for subaccounts). */
  all: boolean;
  ids: Picked[];
  levels: GrantLevel[];
}

export interface GrantForm {
  name: string;
  grantor: Cid | null;
  grantees: Cid[];
  items: ItemForm[];
  /** `YYYY-MM-DD` (the end of that local day), or '' for never. */
  expiry: string;
  enabled: boolean;
}

export type GrantBody = Omit<Grant, 'id'>;

/** Field → message; item fields are `items.<index>.ids` / `items.<index>.levels`. */
export type GrantErrors = Partial<Record<string, string>>;

const isInstanceLevel = (l: GrantLevel): l is InstanceGrantLevel => (INSTANCE_GRANT_LEVELS as readonly string[]).includes(l);
const isSubaccountLevel = (l: GrantLevel): l is SubaccountGrantLevel => (SUBACCOUNT_GRANT_LEVELS as readonly string[]).includes(l);

let nextKey = 1;
export const newItem = (type: ItemType = 'devices'): ItemForm => ({ key: nextKey++, type, all: false, ids: [], levels: ['read'] });

/** A type change keeps only the levels the new type allows (read is common to all). */
export const retype = (item: ItemForm, type: ItemType): ItemForm => ({
  ...item,
  type,
  all: type === 'subaccounts' ? false : item.all,
  ids: [],
  levels: item.levels.filter((l) => grantLevelsFor(type).includes(l)),
});

export const emptyGrantForm = (grantor: Cid | null = null): GrantForm => ({ name: '', grantor, grantees: [], items: [newItem()], expiry: '', enabled: true });

/** What a grant started from an item's page knows: the grantor (the item's owner) and the item, read. */
export interface GrantPrefill {
  grantor: Cid;
  item: { type: ItemType; id: number; name?: string };
}

export const prefilledGrantForm = ({ grantor, item }: GrantPrefill): GrantForm => ({
  ...emptyGrantForm(grantor),
  items: [{ ...newItem(item.type), ids: [{ id: item.id, name: item.name }] }],
});

export function formOfGrant(g: Grant, names: (type: ItemType, id: number) => string | undefined): GrantForm {
  return {
    name: g.name,
    grantor: g.cid,
    grantees: [...g.subaccounts],
    items: g.items.map((i) => ({
      key: nextKey++,
      type: i.type,
      all: i.ids === 'all',
      ids: i.ids === 'all' ? [] : i.ids.map((id) => ({ id, name: names(i.type, id) })),
      levels: [...i.access],
    })),
    expiry: g.expire === 0 ? '' : localDate(g.expire),
    enabled: g.enabled,
  };
}

const localDate = (unix: number): string => {
  const d = new Date(unix * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function itemOf(item: ItemForm, i: number, errors: GrantErrors): GrantItem | null {
  const allowed = grantLevelsFor(item.type);
  const levels = item.levels.filter((l) => allowed.includes(l));
  if (levels.length === 0) errors[`items.${i}.levels`] = `Item ${i + 1}: pick at least one level.`;
  if (!item.all && item.ids.length === 0)
    errors[`items.${i}.ids`] = item.type === 'subaccounts' ? `Item ${i + 1}: pick the subaccounts.` : `Item ${i + 1}: pick instances, or share all of them.`;
  if (levels.length === 0 || (!item.all && item.ids.length === 0)) return null;
  const ids = item.ids.map((p) => p.id);
  if (item.type === 'subaccounts') return { type: 'subaccounts', ids, access: levels.filter(isSubaccountLevel) };
  return { type: item.type, ids: item.all ? 'all' : ids, access: levels.filter(isInstanceLevel) };
}

export function grantDraft(form: GrantForm, now: number): { ok: true; draft: GrantBody } | { ok: false; errors: GrantErrors } {
  const errors: GrantErrors = {};
  const name = form.name.trim();
  if (name === '') errors.name = 'Name must not be empty.';
  else if (name.length > 255) errors.name = 'Name must be at most 255 characters.';
  if (form.grantor === null) errors.grantor = 'Grantor: pick the account that shares.';
  if (form.grantees.length === 0) errors.grantees = 'Grantees: pick at least one account.';
  else if (form.grantor !== null && form.grantees.includes(form.grantor)) errors.grantees = 'Grantees: the grantor cannot be its own grantee.';
  if (form.items.length === 0) errors.items = 'Items: add at least one.';
  const items = form.items.map((item, i) => itemOf(item, i, errors));
  const expiry = readExpiryDate(form.expiry, now);
  if ('error' in expiry) errors.expiry = expiry.error;
  const expire = 'expire' in expiry ? expiry.expire : 0;
  if (Object.keys(errors).length > 0 || form.grantor === null) return { ok: false, errors };
  return {
    ok: true,
    draft: { cid: form.grantor, name, items: items.filter((i): i is GrantItem => i !== null), subaccounts: [...form.grantees], expire, enabled: form.enabled },
  };
}
