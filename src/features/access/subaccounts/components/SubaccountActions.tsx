import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { NameField } from '../../../../components/NameField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCan } from '../../../../auth/useCan';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { LoadingState } from '../../../../components/LoadingState';
import { accountUpdate } from '../../../../contracts/schemas';
import { fieldErrors } from '../../../../lib/fieldErrors';
import type { FieldErrors } from '../../../../lib/fieldErrors';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { SUBACCOUNT_TOUCHES, subaccountKeys } from '../api/subaccountKeys';
import { resourceClient } from '../../../../lib/resourceClient';
import type { Subaccount } from '../api/subaccountKeys';

type Open = 'rename' | 'block' | 'delete' | null;

/** Rename, block/unblock and delete: each only when the permission module allows it here. */
export function SubaccountActions({ account }: { account: Subaccount }) {
  const item = { type: 'subaccounts' as const, id: account.id };
  const update = useCan('update', item);
  const remove = useCan('delete', item);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Stack direction="row" spacing={1}>
      {update.allowed && (
        <>
          <Button variant="outlined" onClick={() => setOpen('rename')}>
            Rename
          </Button>
          <Button variant="outlined" color={account.blocked ? 'primary' : 'warning'} onClick={() => setOpen('block')}>
            {account.blocked ? 'Unblock' : 'Block'}
          </Button>
        </>
      )}
      {remove.allowed && (
        <Button variant="outlined" color="error" onClick={() => setOpen('delete')}>
          Delete
        </Button>
      )}
      {open === 'rename' && <RenameDialog account={account} onClose={close} />}
      {open === 'block' && <BlockDialog account={account} onClose={close} />}
      {open === 'delete' && <DeleteDialog account={account} onClose={close} />}
    </Stack>
  );
}

function RenameDialog({ account, onClose }: { account: Subaccount; onClose: () => void }) {
  const [name, setName] = useState(account.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty(name);
  const save = useApiMutation({
    run: (api, acting, body: { name: string }) => resourceClient(api, 'subaccounts', acting).update(account.id, body, { ifMatch: account.rev }),
    touches: SUBACCOUNT_TOUCHES,
    success: (_r, body) => `Account renamed to “${body.name}”`,
    failure: 'Could not rename the account',
    onSuccess: onClose,
  });
  const submit = () => {
    const checked = fieldErrors(accountUpdate.required({ name: true }), { name });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate({ name: checked.data.name });
  };
  return (
    <FormDialog open dirty={dirty} title="Rename account" submitLabel="Save" pending={save.isPending} error={save.error} onSubmit={submit} onClose={onClose}>
      <NameField value={name} onChange={setName} error={errors.name} />
    </FormDialog>
  );
}

function BlockDialog({ account, onClose }: { account: Subaccount; onClose: () => void }) {
  const block = !account.blocked;
  const save = useApiMutation({
    run: (api, acting) => resourceClient(api, 'subaccounts', acting).update(account.id, { blocked: block }, { ifMatch: account.rev }),
    touches: SUBACCOUNT_TOUCHES,
    success: () => `Account “${account.name}” ${block ? 'blocked' : 'unblocked'}`,
    failure: `Could not ${block ? 'block' : 'unblock'} the account`,
    onSuccess: onClose,
  });
  return (
    <ConfirmDialog
      open
      title={`${block ? 'Block' : 'Unblock'} “${account.name}”?`}
      confirmLabel={block ? 'Block' : 'Unblock'}
      destructive={block}
      pending={save.isPending}
      error={save.error}
      onConfirm={() => save.mutate(undefined)}
      onClose={onClose}
    >
      {block
        ? 'Tokens of this account and of every account below it stop working, and nobody can act as them, until it is unblocked. Nothing is deleted.'
        : 'Its tokens and those of the accounts below it work again.'}
    </ConfirmDialog>
  );
}

function DeleteDialog({ account, onClose }: { account: Subaccount; onClose: () => void }) {
  const holdings = useActingQuery((api, acting) => subaccountKeys.holdings(api, acting, account.id));
  const navigate = useNavigate();
  const remove = useApiMutation({
    run: (api, acting) => resourceClient(api, 'subaccounts', acting).delete(account.id, { ifMatch: account.rev }),
    touches: SUBACCOUNT_TOUCHES,
    deletes: () => ({ type: 'subaccounts', id: account.id }),
    success: () => `Account “${account.name}” deleted`,
    failure: 'Could not delete the account',
    onSuccess: () => {
      onClose();
      void navigate(paths.list.getHref('subaccounts'));
    },
  });
  const h = holdings.data;
  const holds = h !== undefined && (h.subaccounts > 0 || h.instances > 0);
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return (
    <ConfirmDialog
      open
      restorable
      title={`Delete account “${account.name}”?`}
      confirmLabel="Delete"
      destructive
      pending={remove.isPending || holdings.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(undefined)}
      onClose={onClose}
    >
      {!h ? (
        <LoadingState label="Checking what the account holds…" />
      ) : (
        <>
          <Typography gutterBottom>With it go:</Typography>
          <Typography component="ul" sx={{ mt: 0 }}>
            {holds && (
              <li>
                {plural(h.subaccounts, 'subaccount')} and {plural(h.instances, 'instance')} it holds, with everything in them (restore the account first, then
                them);
              </li>
            )}
            <li>{plural(h.tokens, 'token')} (anyone using them is signed out);</li>
            <li>{plural(h.grants, 'grant')} it made, and its place as a grantee of others;</li>
            <li>{plural(h.assignments, 'role assignment')} it made or holds.</li>
          </Typography>
        </>
      )}
    </ConfirmDialog>
  );
}
