import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import type { Cid, Instance, InstanceType } from '../../../../domain/types';
import { useRequiredSession } from '../../../../auth/SessionProvider';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { recordQueries } from '../../../../lib/recordQueries';

interface AclIdPickerProps {
  type: InstanceType;
  label: string;
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string;
  /** The token's account: the ids offered are what it reaches (a token never reaches more than its account). */
  account: { cid: Cid; name: string };
}

const queriesByType = {
  devices: recordQueries<Instance>('devices'),
  channels: recordQueries<Instance>('channels'),
  streams: recordQueries<Instance>('streams'),
  calcs: recordQueries<Instance>('calcs'),
  plugins: recordQueries<Instance>('plugins'),
  groups: recordQueries<Instance>('groups'),
} satisfies Record<InstanceType, ReturnType<typeof recordQueries<Instance>>>;

/**
 * Picks ids among the instances of a type the token's account reaches: the list is asked as that account
 * (x-flespi-cid), so it holds its own, those granted to it and those its roles give, not the admin's.
 */
export function AclIdPicker({ type, label, value, onChange, error, account }: AclIdPickerProps) {
  const own = useRequiredSession().info.cid;
  const list = useQuery(queriesByType[type].list(useApiClient(), { cid: account.cid, actAs: account.cid === own ? null : account.cid }));
  const options = list.data?.result ?? [];
  const byId = new Map(options.map((i) => [i.id, i]));
  // An id already in the entry that the account no longer reaches stays listed (by id) so that it can be removed.
  const selected = value.map((id): Instance => byId.get(id) ?? { id, cid: 0, type, name: `#${id} (not reached by ${account.name})` });
  const helper = list.isError
    ? `Could not load the ${type} ${account.name} reaches: the list is empty until it loads.`
    : (error ?? `The ${type} ${account.name} can reach: its own, those shared with it and those its roles give.`);
  return (
    <Autocomplete
      multiple
      disableCloseOnSelect
      size="small"
      options={options}
      value={selected}
      loading={list.isPending}
      getOptionLabel={(i) => `${i.name} (#${i.id})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, picked) => onChange(picked.map((i) => i.id))}
      renderInput={(params) => <TextField {...params} label={label} error={error !== undefined || list.isError} helperText={helper} />}
    />
  );
}
