import type { ExpiringRow } from '../routes/expiringRows';
import type { PreviewBody } from '../../../../widgets/accessPreview/previewKeys';

export const KIND_LABEL: Record<ExpiringRow['kind'], string> = { tokens: 'Token', grants: 'Grant', 'role-assignments': 'Role assignment' };

/** "Grant “Reefer 12 support for Dana”" — for titles, toasts and button names. */
export const rowTitle = (r: Pick<ExpiringRow, 'kind' | 'name'>): string => `${KIND_LABEL[r.kind]} “${r.name}”`;

/** The preview body of setting a new `expire` (tokens have none: their own access does not change). */
export function extendPreview(r: ExpiringRow, expire: number): PreviewBody | null {
  // Only the draft's fields: loaded records also carry `rev`, which the preview body does not take.
  if (r.kind === 'grants') {
    const { id, name, items, subaccounts, enabled } = r.record;
    return { grant: { id, name, items, subaccounts, enabled, expire } };
  }
  if (r.kind === 'role-assignments') {
    const { id, role_id, subject_cid, scope } = r.record;
    return { assignment: { id, role_id, subject_cid, scope, expire } };
  }
  return null;
}

export const removePreview = (r: ExpiringRow): PreviewBody | null => (r.kind === 'tokens' ? null : { remove: { type: r.kind, id: r.id } });
