/**
 * "Add <item> to the token's access list" (the explorer's "why not?"): the token is loaded, the change is the
 * permission module's (`aclWithItem`, the one its what-if tried) and is said in words before it is saved.
 */
import Typography from '@mui/material/Typography';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { InstanceType } from '../../../../domain/types';
import { aclEntryWords, aclWithItem, isAclToken, typeWord } from '../../../../permissions';
import { useUpdateToken } from '../api/tokenMutations';
import { tokenKeys } from '../api/tokenKeys';
import type { TokenRecord } from '../api/tokenKeys';

export interface AclItem {
  type: InstanceType;
  id: number;
  name: string;
  /** What the token was refused (read when absent). */
  action?: 'read' | 'update' | 'delete' | 'logs' | 'command';
}

export interface AddToAclRecordProps {
  tokenId: number;
  /** How the token is called where the flow was opened from: `token “Toolbox”`. */
  tokenName: string;
  item: AclItem;
  onClose: () => void;
}

function AddToAclDialog({ token, tokenName, item, onClose }: Omit<AddToAclRecordProps, 'tokenId'> & { token: TokenRecord }) {
  const update = useUpdateToken(() => onClose());
  const { acl, entry, joined } = aclWithItem(token.access.acl, item.type, { action: item.action ?? 'read', type: item.type, id: item.id });
  const gives = aclEntryWords({ ...entry, ids: [item.id] }, () => item.name);
  return (
    <ConfirmDialog
      open
      title={`Add ${item.name} to the access list of ${tokenName}?`}
      confirmLabel="Add"
      pending={update.isPending}
      error={update.error}
      onConfirm={() => update.mutate({ token, change: { access: { ...token.access, acl } } })}
      onClose={onClose}
    >
      <Typography gutterBottom>Its access list will then allow: {gives}.</Typography>
      <Typography color="text.secondary">
        {joined
          ? `${item.name} joins its entry for ${typeWord(item.type, 2)}, with the same methods and submodules as the others listed there.`
          : `A new entry for ${typeWord(item.type, 2)}; its other entries stay as they are.`}{' '}
        What its account may do does not change.
      </Typography>
    </ConfirmDialog>
  );
}

export function AddToAclRecord({ tokenId, tokenName, item, onClose }: AddToAclRecordProps) {
  const q = useActingQuery((api, acting) => tokenKeys.detail(api, acting, tokenId));
  const token = q.data;
  if (token && isAclToken(token)) return <AddToAclDialog token={token} tokenName={tokenName} item={item} onClose={onClose} />;
  const said = q.isPending ? 'Loading the token…' : q.isError ? null : 'The token is no longer there, or no longer has an access list.';
  return (
    <ConfirmDialog
      open
      title={`Add ${item.name} to the access list of ${tokenName}?`}
      confirmLabel="Add"
      confirmDisabled
      error={q.error}
      onConfirm={onClose}
      onClose={onClose}
    >
      {said && <Typography>{said}</Typography>}
    </ConfirmDialog>
  );
}
