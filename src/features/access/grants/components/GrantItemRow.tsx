import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { INSTANCE_TYPES } from '../../../../domain/types';
import type { GrantLevel } from '../../../../domain/types';
import { grantLevelsFor } from '../../../../permissions';
import { retype } from '../model/grantDraft';
import type { GrantErrors, ItemForm, ItemType, Picked } from '../model/grantDraft';
import { InstanceIdsPicker, SubaccountIdsPicker } from './ItemIdsPicker';

const TYPES: readonly ItemType[] = [...INSTANCE_TYPES, 'subaccounts'];

interface Props {
  item: ItemForm;
  index: number;
  grantor: number | null;
  subaccounts: readonly Picked[];
  errors: GrantErrors;
  onChange: (item: ItemForm) => void;
  onRemove?: () => void;
  nameOf?: (type: ItemType, id: number) => string | undefined;
}

/** One item of a grant: a type, all or picked instances (subaccounts: picked), and the levels that type allows. */
export function GrantItemRow({ item, index, grantor, subaccounts, errors, onChange, onRemove, nameOf }: Props) {
  const n = index + 1;
  const idsError = errors[`items.${index}.ids`];
  const levelsError = errors[`items.${index}.levels`];
  const toggle = (level: GrantLevel) =>
    onChange({ ...item, levels: item.levels.includes(level) ? item.levels.filter((l) => l !== level) : [...item.levels, level] });
  const picker = {
    label: `Item ${n} ${item.type}`,
    value: item.ids,
    onChange: (ids: Picked[]) => onChange({ ...item, ids }),
    error: idsError,
    nameOf: nameOf && ((id: number) => nameOf(item.type, id)),
  };
  return (
    <Paper variant="outlined" component="fieldset" sx={{ p: 1.5, m: 0 }} aria-label={`Item ${n}`}>
      <Stack spacing={1.5}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TextField
            select
            label={`Item ${n} type`}
            value={item.type}
            onChange={(e) => onChange(retype(item, e.target.value as ItemType))}
            sx={{ minWidth: 150 }}
          >
            {TYPES.map((t) => (
              <MenuItem key={t} value={t}>
                {t}
              </MenuItem>
            ))}
          </TextField>
          {item.type === 'subaccounts' ? (
            <SubaccountIdsPicker {...picker} options={subaccounts} helperText="Subaccounts of the grantor." />
          ) : item.all ? (
            <Typography sx={{ flex: 1, pt: 2 }}>{`Every ${item.type.slice(0, -1)} of the grantor, present and future.`}</Typography>
          ) : grantor === null ? (
            <Typography sx={{ flex: 1, pt: 2 }} color={idsError ? 'error' : undefined}>
              {idsError ?? 'Pick the grantor first, then its instances.'}
            </Typography>
          ) : (
            <InstanceIdsPicker {...picker} type={item.type} grantor={grantor} helperText={`The grantor's own ${item.type}.`} />
          )}
          {onRemove && (
            <IconButton aria-label={`Remove item ${n}`} onClick={onRemove} sx={{ mt: 1 }}>
              <DeleteOutlineIcon />
            </IconButton>
          )}
        </Stack>
        {item.type !== 'subaccounts' && (
          <FormControlLabel
            control={<Checkbox checked={item.all} onChange={(e) => onChange({ ...item, all: e.target.checked, ids: [] })} />}
            label={`All of the grantor's ${item.type}`}
          />
        )}
        <FormControl component="fieldset" error={levelsError !== undefined}>
          <FormLabel component="legend">Item {n} levels</FormLabel>
          <FormGroup row>
            {grantLevelsFor(item.type).map((level) => (
              <FormControlLabel
                key={level}
                label={level}
                control={<Checkbox size="small" checked={item.levels.includes(level)} onChange={() => toggle(level)} />}
              />
            ))}
          </FormGroup>
          {levelsError && <FormHelperText>{levelsError}</FormHelperText>}
        </FormControl>
      </Stack>
    </Paper>
  );
}
