/** Words for grants: an item, the items, and the grant's state. */
import { formatRelative } from '../../../components/formatTime';
import type { Grant, GrantItem } from '../../../domain/types';

export function itemText(item: GrantItem, nameOf?: (type: GrantItem['type'], id: number) => string | undefined): string {
  const which = item.ids === 'all' ? 'all' : item.ids.map((id) => nameOf?.(item.type, id) ?? `#${id}`).join(', ');
  return `${item.type} (${which}): ${item.access.join(', ')}`;
}

export const itemsText = (g: Pick<Grant, 'items'>): string => (g.items.length === 0 ? 'No items' : g.items.map((i) => itemText(i)).join('; '));

/** A grant's state is the permission module's (the same reading that decides whether it gives rights). */
export { grantState } from '../../../permissions';
export type { GrantState } from '../../../permissions';

/** "Never", "expires in 5 days", "expired 2 days ago". */
export const expiryText = (g: Pick<Grant, 'expire'>, now: number): string =>
  g.expire === 0 ? 'Never' : `${g.expire <= now ? 'expired' : 'expires'} ${formatRelative(g.expire, now)}`;
