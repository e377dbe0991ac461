/** What-if previews (`POST /platform/access/preview`, ours): shared by every form and confirmation that changes access. */
import { queryOptions } from '@tanstack/react-query';
import type { ActingAccount } from '../../auth/SessionProvider';
import type { Grant, RoleAssignment } from '../../domain/types';
import { accessClient } from '../../lib/accessClient';
import type { ApiClient } from '../../lib/apiClient';
import type { AccessDiff } from '../../permissions';

/** A draft (new: no id; a change: the id) or a removal (mocks/handlers/preview.ts). */
export type PreviewBody =
  | { grant: Omit<Grant, 'id' | 'cid'> & { id?: number; cid?: number } }
  | { assignment: Omit<RoleAssignment, 'id' | 'cid'> & { id?: number; cid?: number } }
  | { remove: { type: 'grants' | 'role-assignments'; id: number } }
  /** Issue 18: moving a device or channel to account `cid`. */
  | { move: { type: 'devices' | 'channels'; id: number; cid: number } }
  /** Issue 18: a grant, role assignment or token coming back from the recycle bin. */
  | { restore: { origin: string } };

export const previewKeys = {
  /** Changes nothing (a POST only because the body is a draft); cached per body. */
  preview: (api: ApiClient, acting: ActingAccount, body: PreviewBody) =>
    queryOptions({
      queryKey: ['access', acting.cid, 'preview', JSON.stringify(body)] as const,
      queryFn: ({ signal }) => accessClient(api, acting).preview<AccessDiff>(body, { signal }),
    }),
};
