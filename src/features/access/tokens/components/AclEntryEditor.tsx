import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { HTTP_METHODS } from '../../../../domain/types';
import { ACL_URIS } from '../../../../domain/aclUris';
import type { AclUri, Cid } from '../../../../domain/types';
import { SUBMODULE_METHODS, aclType, toggleMethod, toggleSubmoduleMethod, withUri } from '../model/aclDraft';
import type { AclEntryDraft } from '../model/aclDraft';
import { AclIdPicker } from './AclIdPicker';

interface AclEntryEditorProps {
  index: number;
  /** The token's account, whose reach the id picker lists (null: not picked yet). */
  account: { cid: Cid; name: string } | null;
  entry: AclEntryDraft;
  onChange: (entry: AclEntryDraft) => void;
  onRemove: () => void;
  /** Errors of this form keyed `access.acl[i].field`. */
  errors: Record<string, string>;
}

/** One ACL entry: uri, methods on the items, ids (all or picked), and optionally which submodules. */
export function AclEntryEditor({ index, account, entry, onChange, onRemove, errors }: AclEntryEditorProps) {
  const n = index + 1;
  const f = `access.acl[${index}]`;
  const type = aclType(entry.uri);
  const err = (field: string) => errors[`${f}.${field}`];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} role="group" aria-label={`Entry ${n}`}>
      <Stack spacing={2}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <TextField
            select
            size="small"
            label={`Entry ${n} uri`}
            value={entry.uri}
            onChange={(e) => onChange(withUri(entry, e.target.value as AclUri))}
            error={err('uri') !== undefined}
            helperText={err('uri')}
            sx={{ minWidth: 180 }}
          >
            {ACL_URIS.map((u) => (
              <MenuItem key={u} value={u}>
                {u}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ flexGrow: 1 }} />
          <IconButton aria-label={`Remove entry ${n}`} onClick={onRemove}>
            <DeleteIcon />
          </IconButton>
        </Box>
        <FormControl component="fieldset" error={err('methods') !== undefined}>
          <FormLabel component="legend">{`Entry ${n} methods`}</FormLabel>
          <FormGroup row>
            {HTTP_METHODS.map((m) => (
              <FormControlLabel
                key={m}
                label={m}
                control={<Checkbox size="small" checked={entry.methods.includes(m)} onChange={() => onChange(toggleMethod(entry, m))} />}
              />
            ))}
          </FormGroup>
          <FormHelperText>{err('methods') ?? 'GET reads the items, PUT/PATCH change them, DELETE removes them, POST creates new ones.'}</FormHelperText>
        </FormControl>
        <FormControl component="fieldset">
          <FormLabel component="legend">{`Entry ${n} ids`}</FormLabel>
          <RadioGroup row value={entry.ids === 'all' ? 'all' : 'picked'} onChange={(e) => onChange({ ...entry, ids: e.target.value === 'all' ? 'all' : [] })}>
            <FormControlLabel value="all" control={<Radio size="small" />} label={`All ${type}`} />
            <FormControlLabel value="picked" control={<Radio size="small" />} label={`Chosen ${type}`} />
          </RadioGroup>
          {entry.ids === 'all' && <FormHelperText>Every one the token&apos;s account can reach, now and later.</FormHelperText>}
        </FormControl>
        {entry.ids !== 'all' &&
          (account ? (
            <AclIdPicker
              type={type}
              account={account}
              label={`Entry ${n} ${type}`}
              value={entry.ids}
              onChange={(ids) => onChange({ ...entry, ids })}
              error={err('ids')}
            />
          ) : (
            <Typography color={err('ids') ? 'error' : 'text.secondary'}>{err('ids') ?? `Pick the token's account first, then its ${type}.`}</Typography>
          ))}
        <FormControl component="fieldset" error={err('submodules') !== undefined}>
          <FormControlLabel
            label="Limit submodules (every other submodule is refused)"
            control={<Checkbox size="small" checked={entry.limitSubmodules} onChange={(e) => onChange({ ...entry, limitSubmodules: e.target.checked })} />}
          />
          {!entry.limitSubmodules && <FormHelperText>Submodules follow the methods above.</FormHelperText>}
          {entry.limitSubmodules &&
            SUBMODULE_METHODS[type].map((s) => (
              <Box key={s.name} role="group" aria-label={`Entry ${n} submodule ${s.name}`} sx={{ display: 'flex', alignItems: 'center', gap: 1, pl: 4 }}>
                <Typography sx={{ minWidth: 90 }}>{s.name}</Typography>
                {s.methods.map((m) => (
                  <FormControlLabel
                    key={m}
                    label={m}
                    control={
                      <Checkbox
                        size="small"
                        checked={entry.submodules.some((x) => x.name === s.name && x.methods.includes(m))}
                        onChange={() => onChange(toggleSubmoduleMethod(entry, s.name, m))}
                      />
                    }
                  />
                ))}
              </Box>
            ))}
          {err('submodules') && <FormHelperText>{err('submodules')}</FormHelperText>}
        </FormControl>
      </Stack>
    </Paper>
  );
}
