import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { accessKeys } from '../../../auth/accessKeys';
import { useRequiredSession } from '../../../auth/SessionProvider';
import type { Cid } from '../../../domain/types';
import { useApiClient } from '../../../lib/ApiClientProvider';

/** Narrows a list to one owner account (of those the token may act as); "All accounts" by default. */
export function AccountFilter({ value, onChange }: { value: Cid | null; onChange: (cid: Cid | null) => void }) {
  const session = useRequiredSession();
  const accounts = useQuery(accessKeys.accounts(useApiClient(), session.info.cid));
  return (
    <TextField
      select
      size="small"
      label="Account"
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      sx={{ minWidth: 200 }}
    >
      <MenuItem value="">All accounts</MenuItem>
      {(accounts.data ?? []).map((a) => (
        <MenuItem key={a.id} value={String(a.id)}>
          {a.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
