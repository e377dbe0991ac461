/** The grant form as plain data, and the grant it makes (or, per field, what is wrong). */
import { readExpiryDate } from '../../../../components/ExpiryDateField';
import { INSTANCE_GRANT_LEVELS, SUBACCOUNT_GRANT_LEVELS } from '../../../../domain/types';
import type { Cid, Grant, GrantItem, GrantLevel, InstanceGrantLevel, InstanceType, SubaccountGrantLevel } from '../../../../domain/types';
import { grantLevelsFor, grantShapeProblems } from '../../../../permissions';
import { grantCreate } from '../../../../contracts/schemas';
import { fieldErrors } from '../../../../lib/fieldErrors';

const grantName = grantCreate.pick({ name: true });

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

function itemOf(item: ItemForm): GrantItem {
  const allowed = grantLevelsFor(item.type);
  const levels = item.levels.filter((l) => allowed.includes(l));
  const ids = item.ids.map((p) => p.id);
  if (item.type === 'subaccounts') return { type: 'subaccounts', ids, access: levels.filter(isSubaccountLevel) };
  return { type: item.type, ids: item.all ? 'all' : ids, access: levels.filter(isInstanceLevel) };
}

/** The form's words for a field the module names: `items[0].access` is "Item 1" (its levels), `subaccounts` the grantees. */
const keyOf = (field: string): string =>
  field === 'subaccounts' ? 'grantees' : field.replace(/^items\[(\d+)\]\.access$/, 'items.$1.levels').replace(/^items\[(\d+)\]\./, 'items.$1.');
const labelOf = (field: string): string =>
  field === 'subaccounts' ? 'Grantees' : field.replace(/^items\[(\d+)\]\..*$/, (_m, i: string) => `Item ${Number(i) + 1}`);

/**
 * The grant's own rules are the permission module's (`grantShapeProblems`, which the backend's grant guard runs too);
 * `existing` (editing) lets what the module lets stay on a stored grant stay here too.
 */
export function grantDraft(
  form: GrantForm,
  now: number,
  existing?: Pick<Grant, 'cid' | 'subaccounts'>,
): { ok: true; draft: GrantBody } | { ok: false; errors: GrantErrors } {
  const named = fieldErrors(grantName, { name: form.name });
  const errors: GrantErrors = named.ok ? {} : { ...named.errors };
  if (form.grantor === null) errors.grantor = 'Grantor: pick the account that shares.';
  const items = form.items.map(itemOf);
  const subaccounts = [...form.grantees];
  for (const p of grantShapeProblems({ cid: form.grantor ?? 0, subaccounts, items }, existing)) errors[keyOf(p.field)] ??= `${labelOf(p.field)}: ${p.message}.`;
  const expiry = readExpiryDate(form.expiry, now);
  if ('error' in expiry) errors.expiry = expiry.error;
  const expire = 'expire' in expiry ? expiry.expire : 0;
  if (!named.ok || Object.keys(errors).length > 0 || form.grantor === null) return { ok: false, errors };
  return { ok: true, draft: { cid: form.grantor, name: named.data.name, items, subaccounts, expire, enabled: form.enabled } };
}
