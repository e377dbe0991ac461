import { useState } from 'react';
import { useActingQuery } from '../../../auth/useActingQuery';
import { useCan, useCanEach } from '../../../auth/useCan';
import type { Cid, InstanceType } from '../../../domain/types';
import { isInstanceType } from '../../../domain/types';
import { WhoHasAccess } from '../../../widgets/whoHasAccess/WhoHasAccess';
import { whoKeys } from '../../../widgets/whoHasAccess/whoKeys';
import { GrantFormDialog, RevokeGranteeDialog } from '../grants';
import { AssignRoleDialog, RevokeAssignmentDialog } from '../roles';
import type { GrantKind } from './GrantAccessButton';
import { GrantAccessButton } from './GrantAccessButton';
import { RevokeActions } from './RevokeActions';
import { revocableSources } from './revocableSources';
import type { Revocable } from './revocableSources';

/** The item the tab is about: its owner (grantor of a new grant: the owner of an instance, the parent of an account). */
interface SharedItem {
  type: InstanceType | 'subaccounts';
  id: number;
  name: string;
  ownerCid: Cid;
}

type Open = { kind: GrantKind } | { kind: 'revoke'; cid: Cid; source: Revocable } | null;

/**
 * "Who has access" where one stands: who reaches the item and why, "Grant access" (a grant or a role
 * assignment pre-filled with the item) and "Revoke" on each account row the principal may change, each
 * with its what-if preview. Whether to offer each is the permission module's answer (useCan).
 */
export function WhoHasAccessTab({ item }: { item: SharedItem }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const who = useActingQuery((api, acting) => whoKeys.who(api, acting, item.type, item.id));
  const sources = (who.data?.accounts ?? []).flatMap((a) => revocableSources(a.rules));
  const canGrants = useCanEach('grants', [...new Set(sources.flatMap((s) => (s.kind === 'grant' ? [s.grantId] : [])))]);
  const canAssignments = useCanEach('role-assignments', [...new Set(sources.flatMap((s) => (s.kind === 'role' ? [s.assignmentId] : [])))]);
  const grant = useCan('create', { type: 'grants', cid: item.ownerCid });
  const role = useCan('create', { type: 'role-assignments' });
  const scope = isInstanceType(item.type)
    ? ({ kind: 'instance', type: item.type, id: item.id, cid: item.ownerCid, name: item.name } as const)
    : ({ kind: 'account', cid: item.id } as const);
  return (
    <>
      <WhoHasAccess
        type={item.type}
        id={item.id}
        actions={<GrantAccessButton grant={grant} role={role} onPick={(kind) => setOpen({ kind })} />}
        accountActions={(a) => (
          <RevokeActions
            account={a.name}
            sources={revocableSources(a.rules)}
            can={(s) => (s.kind === 'grant' ? canGrants('update', s.grantId) : canAssignments('delete', s.assignmentId))}
            onRevoke={(source) => setOpen({ kind: 'revoke', cid: a.cid, source })}
          />
        )}
      />
      {open?.kind === 'grant' && (
        <GrantFormDialog prefill={{ grantor: item.ownerCid, item: { type: item.type, id: item.id, name: item.name } }} onClose={close} />
      )}
      {open?.kind === 'role' && <AssignRoleDialog scope={scope} onClose={close} />}
      {open?.kind === 'revoke' && open.source.kind === 'grant' && <RevokeGranteeDialog grantId={open.source.grantId} cid={open.cid} onClose={close} />}
      {open?.kind === 'revoke' && open.source.kind === 'role' && (
        <RevokeAssignmentDialog assignmentId={open.source.assignmentId} roleName={open.source.roleName} onClose={close} />
      )}
    </>
  );
}
