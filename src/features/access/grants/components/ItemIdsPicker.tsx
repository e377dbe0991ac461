import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useActingQuery } from '../../../../auth/useActingQuery';
import type { InstanceType } from '../../../../domain/types';
import { grantKeys } from '../api/grantKeys';
import type { Picked } from '../model/grantDraft';

interface Props {
  label: string;
  value: Picked[];
  onChange: (v: Picked[]) => void;
  error?: string;
  helperText: string;
  disabled?: boolean;
  /** Names of picked ids the form was opened with (an edited grant's items carry ids only). */
  nameOf?: (id: number) => string | undefined;
}

function Picker({
  options,
  loading,
  onInput,
  input,
  ...p
}: Props & { options: readonly Picked[]; loading?: boolean; input?: string; onInput?: (q: string) => void }) {
  return (
    <Autocomplete
      multiple
      disableCloseOnSelect
      sx={{ flex: 1, minWidth: 240 }}
      options={options}
      value={p.value}
      onChange={(_e, v) => p.onChange(v)}
      inputValue={input}
      onInputChange={onInput ? (_e, v) => onInput(v) : undefined}
      filterOptions={onInput ? (o) => o : undefined}
      getOptionLabel={(o) => {
        const name = o.name ?? p.nameOf?.(o.id);
        return name === undefined ? `#${o.id}` : `${name} (#${o.id})`;
      }}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading}
      disabled={p.disabled}
      noOptionsText="Nothing of the grantor's matches"
      renderInput={(params) => <TextField {...params} label={p.label} error={p.error !== undefined} helperText={p.error ?? p.helperText} />}
    />
  );
}

/** The grantor's own instances of a type (searched by the server). */
export function InstanceIdsPicker({ type, grantor, ...p }: Props & { type: InstanceType; grantor: number }) {
  const [input, setInput] = useState('');
  const options = useActingQuery((api, acting) => grantKeys.ownInstances(api, acting, type, grantor, input));
  return <Picker {...p} options={options.data ?? []} loading={options.isFetching} input={input} onInput={setInput} />;
}

/** Subaccounts of the grantor (known from the accounts the token may act as). */
export function SubaccountIdsPicker({ options, ...p }: Props & { options: readonly Picked[] }) {
  return <Picker {...p} options={options} />;
}
