import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { TOKEN_KINDS } from '../../../../domain/types';
import type { Cid, TokenKind } from '../../../../domain/types';
import { paths } from '../../../../lib/paths';
import { tokenKindLabel } from '../../../../domain/tokenKinds';
import { REFUSE } from '../../../../permissions';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { FormDialog } from '../../../../components/FormDialog';
import { useDirty } from '../../../../components/useDirty';
import { nowSeconds } from '../../../../components/formatTime';
import { isApiError } from '../../../../lib/apiClient';
import { tokenKeys } from '../api/tokenKeys';
import type { AccountTokenKinds, TokenRecord } from '../api/tokenKeys';
import { tokenName, useCreateToken, useUpdateToken } from '../api/tokenMutations';
import { formatDuration } from '../model/duration';
import { serverField } from '../model/serverField';
import { initialValues, parseTtl, tokenBody, validateTokenForm } from '../model/tokenForm';
import type { TokenFormErrors, TokenFormValues } from '../model/tokenForm';
import { AclEditor } from './AclEditor';
import { OptionText } from './OptionText';
import { TokenExpireField } from './TokenExpireField';

interface TokenFormDialogProps {
  /** The token to edit; null creates one. */
  token: TokenRecord | null;
  onClose: () => void;
}

const KINDS: readonly TokenKind[] = [TOKEN_KINDS.standard, TOKEN_KINDS.master, TOKEN_KINDS.acl];
/** No row for an account: the module's create refusal (the backend answers the same when saving). */
const notHere = (cid: Cid): string => REFUSE.noCreate('tokens', cid).message;

/** Why a kind cannot be chosen for an account, as the server's token guard answered (undefined: it can). */
function kindRefusal(rows: readonly AccountTokenKinds[] | undefined, cid: Cid | null, kind: TokenKind): string | undefined {
  if (!rows || cid === null) return undefined;
  const row = rows.find((r) => r.cid === cid);
  if (!row) return notHere(cid);
  const choice = row.kinds.find((k) => k.type === kind);
  return choice && !choice.allowed ? (choice.reason ?? 'refused') : undefined;
}

const accountRefusal = (row: AccountTokenKinds): string | undefined =>
  row.kinds.some((k) => k.allowed) ? undefined : (row.kinds[0]?.reason ?? notHere(row.cid));

/** Create or edit a token: kind, account, expiry (expire and/or ttl), enabled, info and, for ACL tokens, the ACL. */
export function TokenFormDialog({ token, onClose }: TokenFormDialogProps) {
  const acting = useActingAccount();
  const navigate = useNavigate();
  const accountName = useAccountNames();
  const kinds = useActingQuery((api, a) => tokenKeys.kinds(api, a));
  const [now] = useState(nowSeconds);
  const [original] = useState(() => (token ? initialValues(token, { cid: null, now }) : undefined));
  const [values, setValues] = useState<TokenFormValues>(() => original ?? initialValues(null, { cid: acting.cid, now }));
  const [checked, setChecked] = useState(false);
  const dirty = useDirty(values);
  const create = useCreateToken((t) => {
    onClose();
    navigate(paths.detail.getHref('tokens', t.id));
  });
  const update = useUpdateToken(() => onClose());
  const mutation = token ? update : create;

  const rows = kinds.data;
  const errors: TokenFormErrors = checked ? validate() : {};
  const server = isApiError(mutation.error) ? serverField(mutation.error.reason) : null;
  const fieldError = (name: string, serverName = name): string | undefined =>
    errors[name] ?? (server?.field === serverName ? `${serverName}: ${server.message}` : undefined);

  function validate(): TokenFormErrors {
    const e = validateTokenForm(values, { now: nowSeconds(), original });
    const cidRow = rows?.find((r) => r.cid === values.cid);
    const cidReason = rows && values.cid !== null ? (cidRow ? accountRefusal(cidRow) : notHere(values.cid)) : undefined;
    if (cidReason && !token) e.cid = `cid: ${cidReason}`;
    const kindReason = kindRefusal(rows, values.cid, values.kind);
    if (kindReason) e.kind = `access.type: ${kindReason}`;
    return e;
  }

  const set = (change: Partial<TokenFormValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = () => {
    setChecked(true);
    if (Object.keys(validate()).length > 0 || values.cid === null) return;
    const body = tokenBody(values);
    if (token) update.mutate({ token, change: body });
    else create.mutate({ ...body, cid: values.cid });
  };
  const ttl = parseTtl(values.ttl);
  const aclAccount = token ? token.cid : values.cid;

  return (
    <FormDialog
      open
      title={token ? `Edit ${tokenName(token)}` : 'New token'}
      submitLabel={token ? 'Save' : 'Create token'}
      pending={mutation.isPending}
      dirty={dirty}
      error={mutation.error ?? undefined}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      <TextField
        label="Info"
        value={values.info}
        onChange={(e) => set({ info: e.target.value })}
        error={!!fieldError('info')}
        helperText={fieldError('info') ?? 'What the token is for, e.g. "Fleet app".'}
      />
      {token ? (
        <TextField
          label="Account"
          value={accountName(token.cid)}
          slotProps={{ htmlInput: { readOnly: true } }}
          helperText="A token stays in the account it was created for."
        />
      ) : (
        <TextField
          select
          label="Account"
          value={values.cid ?? ''}
          onChange={(e) => set({ cid: Number(e.target.value) })}
          error={!!fieldError('cid')}
          helperText={
            fieldError('cid') ??
            (kinds.isPending
              ? 'Loading the accounts you may create tokens for…'
              : kinds.isError
                ? 'Could not load the accounts you may create tokens for.'
                : "The token carries this account's rights.")
          }
        >
          {(rows ?? []).map((r) => (
            <MenuItem key={r.cid} value={r.cid}>
              <OptionText label={r.name} reason={accountRefusal(r)} />
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        label="Kind"
        value={values.kind}
        onChange={(e) => set({ kind: Number(e.target.value) as TokenKind })}
        error={!!fieldError('kind', 'access.type')}
        helperText={fieldError('kind', 'access.type') ?? 'Master: everything the account may do. Standard: instances only. ACL: only what its list allows.'}
      >
        {KINDS.map((k) => {
          const reason = kindRefusal(rows, values.cid, k);
          return (
            <MenuItem key={k} value={k} disabled={reason !== undefined}>
              <OptionText label={tokenKindLabel(k)} reason={reason} />
            </MenuItem>
          );
        })}
      </TextField>
      <FormControlLabel control={<Switch checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} />} label="Enabled" />
      <TokenExpireField value={values.expire} onChange={(expire) => set({ expire })} error={fieldError('expire')} />
      <TextField
        label="TTL (seconds)"
        value={values.ttl}
        onChange={(e) => set({ ttl: e.target.value })}
        error={!!fieldError('ttl')}
        helperText={
          fieldError('ttl') ??
          (ttl ? `Lapses ${formatDuration(ttl)} after its last use.` : 'Seconds after its last use at which the token lapses; empty = not set.')
        }
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      {values.kind === TOKEN_KINDS.acl && (
        <AclEditor
          account={aclAccount === null ? null : { cid: aclAccount, name: accountName(aclAccount) }}
          value={values.acl}
          onChange={(acl) => set({ acl })}
          errors={{ ...errors, ...(server?.field.startsWith('access.acl') ? { [server.field]: `${server.field}: ${server.message}` } : {}) }}
        />
      )}
    </FormDialog>
  );
}
