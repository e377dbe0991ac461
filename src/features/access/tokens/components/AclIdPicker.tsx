import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Instance, InstanceType } from '../../../../domain/types';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { recordQueries } from '../../../../lib/recordQueries';

interface AclIdPickerProps {
  type: InstanceType;
  label: string;
  value: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}

const queriesByType = {
  devices: recordQueries<Instance>('devices'),
  channels: recordQueries<Instance>('channels'),
  streams: recordQueries<Instance>('streams'),
  calcs: recordQueries<Instance>('calcs'),
  plugins: recordQueries<Instance>('plugins'),
  groups: recordQueries<Instance>('groups'),
} satisfies Record<InstanceType, ReturnType<typeof recordQueries<Instance>>>;

/** Picks ids among the instances of a type the principal can see (the server's list for the acting account). */
export function AclIdPicker({ type, label, value, onChange, error }: AclIdPickerProps) {
  const list = useActingQuery((api, acting) => queriesByType[type].list(api, acting));
  const options = list.data?.result ?? [];
  const byId = new Map(options.map((i) => [i.id, i]));
  // An id already in the entry but no longer visible stays listed (by id) so that it can be removed.
  const selected = value.map((id): Instance => byId.get(id) ?? { id, cid: 0, type, name: `#${id} (not visible to you)` });
  const helper = list.isError ? `Could not load ${type}: the list is empty until it loads.` : (error ?? `Only ${type} you can see are listed.`);
  return (
    <Autocomplete
      multiple
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
