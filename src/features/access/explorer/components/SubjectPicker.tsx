import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { accessKeys } from '../../../../auth/accessKeys';
import { useRequiredSession } from '../../../../auth/SessionProvider';
import { useActingQuery } from '../../../../auth/useActingQuery';
import type { Cid } from '../../../../domain/types';
import { tokenKindLabel } from '../../../../domain/tokenKinds';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { tokenKeys } from '../../tokens';
import type { ExplorerSubject } from '../explorerParams';

interface Option {
  subject: ExplorerSubject;
  label: string;
  group: string;
}

const same = (a: ExplorerSubject, b: ExplorerSubject) =>
  a.kind === 'account' && b.kind === 'account' ? a.cid === b.cid : a.kind === 'token' && b.kind === 'token' && a.id === b.id;

/** Whose access to explore (an account the token may act as, or a token it can see), and as which account. */
export function SubjectPicker({
  subject,
  acting,
  onSubject,
  onActing,
}: {
  subject: ExplorerSubject;
  acting: Cid | null;
  onSubject: (s: ExplorerSubject) => void;
  onActing: (cid: Cid | null) => void;
}) {
  const session = useRequiredSession();
  const accounts = useQuery(accessKeys.accounts(useApiClient(), session.info.cid));
  const tokens = useActingQuery((api, a) => tokenKeys.list(api, a));
  const accountOptions: Option[] = (accounts.data ?? []).map((a) => ({
    subject: { kind: 'account', cid: a.id },
    label: `${a.name} (#${a.id})`,
    group: 'Accounts',
  }));
  const tokenOptions: Option[] = (tokens.data ?? []).map((t) => ({
    subject: { kind: 'token', id: t.id },
    label: `${t.info || 'Token'} (#${t.id}, ${tokenKindLabel(t.access.type)})`,
    group: 'Tokens',
  }));
  const options = [...accountOptions, ...tokenOptions];
  const current = options.find((o) => same(o.subject, subject)) ?? null;
  const actingValue = accountOptions.find((o) => o.subject.kind === 'account' && o.subject.cid === acting) ?? null;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
      <Autocomplete
        sx={{ minWidth: 340 }}
        options={options}
        groupBy={(o) => o.group}
        value={current}
        loading={accounts.isPending || tokens.isPending}
        isOptionEqualToValue={(a, b) => same(a.subject, b.subject)}
        filterOptions={(opts, state) => {
          const needle = state.inputValue.trim().toLowerCase();
          return (needle ? opts.filter((o) => o.label.toLowerCase().includes(needle)) : opts).slice(0, 100);
        }}
        onChange={(_e, o) => o && onSubject(o.subject)}
        renderInput={(params) => <TextField {...params} label="Account or token" helperText="Whose access to explore" />}
      />
      <Autocomplete
        sx={{ minWidth: 280 }}
        options={accountOptions}
        value={actingValue}
        isOptionEqualToValue={(a, b) => same(a.subject, b.subject)}
        filterOptions={(opts, state) => {
          const needle = state.inputValue.trim().toLowerCase();
          return (needle ? opts.filter((o) => o.label.toLowerCase().includes(needle)) : opts).slice(0, 100);
        }}
        onChange={(_e, o) => onActing(o && o.subject.kind === 'account' ? o.subject.cid : null)}
        renderInput={(params) => <TextField {...params} label="Acting as (optional)" helperText="x-flespi-cid: an account it may act as" />}
      />
    </Stack>
  );
}
