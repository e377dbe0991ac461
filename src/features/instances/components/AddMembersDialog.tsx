import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useActingQuery } from '../../../auth/useActingQuery';
import { FormDialog } from '../../../components/FormDialog';
import { useDirty } from '../../../components/useDirty';
import type { Instance } from '../../../domain/types';
import { useApiMutation } from '../../../auth/useApiMutation';
import { instanceKeys, membersTouches } from '../api/instanceKeys';
import { membersClient } from '../../../lib/relationClients';
import { SINGULAR } from '../instanceKinds';

interface Option {
  id: number;
  name?: string;
}

const label = (o: Option) => `${o.name ?? 'Device'} (#${o.id})`;

/** Picks devices the principal may change (the server searches them) and adds them to the container. */
export function AddMembersDialog({ container, memberIds, onClose }: { container: Instance; memberIds: readonly number[]; onClose: () => void }) {
  const [input, setInput] = useState('');
  const [picked, setPicked] = useState<Option[]>([]);
  const [error, setError] = useState<string | undefined>();
  const dirty = useDirty(picked.map((p) => p.id));
  const options = useActingQuery((api, acting) => instanceKeys.changeableDevices(api, acting, input));
  const add = useApiMutation({
    run: (api, acting, ids: number[]) => membersClient(api, container.type, acting).add(container.id, ids),
    touches: membersTouches(container.type),
    success: (_r, ids) => `${ids.length} device${ids.length === 1 ? '' : 's'} added to ${SINGULAR[container.type].toLowerCase()} “${container.name}”`,
    failure: 'Could not add the devices',
    onSuccess: onClose,
  });
  const submit = () => {
    if (picked.length === 0) return setError('Devices: pick at least one.');
    setError(undefined);
    add.mutate(picked.map((p) => p.id));
  };
  const available = (options.data ?? []).filter((o) => !memberIds.includes(o.id));
  return (
    <FormDialog
      open
      dirty={dirty}
      title={`Add devices to “${container.name}”`}
      submitLabel="Add"
      pending={add.isPending}
      error={add.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Autocomplete
        multiple
        disableCloseOnSelect
        options={available}
        value={picked}
        onChange={(_e, v) => setPicked(v)}
        inputValue={input}
        onInputChange={(_e, v) => setInput(v)}
        filterOptions={(o) => o}
        getOptionLabel={label}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={options.isFetching}
        noOptionsText="No device of yours matches"
        renderInput={(params) => (
          <TextField {...params} label="Devices" error={error !== undefined} helperText={error ?? 'Only devices you may change are offered.'} autoFocus />
        )}
      />
    </FormDialog>
  );
}
