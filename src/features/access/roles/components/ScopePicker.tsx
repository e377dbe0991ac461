import Autocomplete from '@mui/material/Autocomplete';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ActableAccount } from '../../../../auth/accessKeys';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { INSTANCE_TYPES } from '../../../../domain/types';
import type { InstanceType } from '../../../../domain/types';
import { scopeCandidates } from '../api/roleKeys';
import type { AssignmentForm, ScopeKind } from '../model/assignmentDraft';

type ScopeFields = Pick<AssignmentForm, 'scopeKind' | 'scopeAccount' | 'scopeType' | 'scopeItem'>;

interface Picked {
  id: number;
  cid: number;
  name?: string;
}

const optionLabel = (o: Picked): string => `${o.name ?? `#${o.id}`} (#${o.id})`;

/** The scope of an assignment: a whole account (and its branch), or one group or instance the principal reaches. */
export function ScopePicker(props: {
  value: ScopeFields;
  onChange: (v: Partial<ScopeFields>) => void;
  accounts: readonly ActableAccount[];
  error?: string;
  itemName?: string;
}) {
  const { value, onChange, accounts, error, itemName } = props;
  // A pre-filled instance (from its own page) shows by name, as if picked.
  const [picked, setPicked] = useState<Picked | null>(() => (value.scopeItem ? { ...value.scopeItem, name: itemName } : null));
  const [input, setInput] = useState(() => (picked ? optionLabel(picked) : ''));
  const candidates = useActingQuery((api, acting) => ({ ...scopeCandidates(api, acting, value.scopeType, input), enabled: value.scopeKind === 'instance' }));
  return (
    <FormControl component="fieldset" error={error !== undefined}>
      <FormLabel component="legend">Scope</FormLabel>
      <RadioGroup row value={value.scopeKind} onChange={(e) => onChange({ scopeKind: e.target.value as ScopeKind })}>
        <FormControlLabel value="account" control={<Radio />} label="An account and its branch" />
        <FormControlLabel value="instance" control={<Radio />} label="A group or one instance" />
      </RadioGroup>
      {value.scopeKind === 'account' ? (
        <TextField
          select
          label="Scope account"
          value={value.scopeAccount ?? ''}
          onChange={(e) => onChange({ scopeAccount: Number(e.target.value) })}
          error={error !== undefined}
          helperText={error ?? 'The role applies to everything of this account and the accounts below it.'}
        >
          {accounts.map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.name} (#{a.id})
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            label="Scope type"
            value={value.scopeType}
            onChange={(e) => {
              setPicked(null);
              onChange({ scopeType: e.target.value as InstanceType, scopeItem: null });
            }}
            sx={{ minWidth: 140 }}
          >
            {INSTANCE_TYPES.map((t) => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </TextField>
          <Autocomplete
            sx={{ flex: 1 }}
            options={candidates.data ?? []}
            value={picked}
            onChange={(_e, v) => {
              setPicked(v);
              onChange({ scopeItem: v ? { id: v.id, cid: v.cid } : null });
            }}
            inputValue={input}
            onInputChange={(_e, v) => setInput(v)}
            filterOptions={(o) => o}
            getOptionLabel={optionLabel}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            loading={candidates.isFetching}
            noOptionsText={`No ${value.scopeType} you reach match`}
            renderInput={(params) => (
              <TextField
                {...params}
                label={`Scope ${value.scopeType === 'groups' ? 'group' : 'instance'}`}
                error={error !== undefined}
                helperText={error ?? (value.scopeType === 'groups' ? 'The group and its member devices.' : 'That one instance.')}
              />
            )}
          />
        </Stack>
      )}
    </FormControl>
  );
}
