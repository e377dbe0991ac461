import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Cid } from '../../../../domain/types';
import { PRESETS, emptyEntry } from '../model/aclDraft';
import type { AclEntryDraft, PresetId } from '../model/aclDraft';
import { AclEntryEditor } from './AclEntryEditor';

interface AclEditorProps {
  /** The token's account (null until one is picked): ids are offered from what it reaches. */
  account: { cid: Cid; name: string } | null;
  value: AclEntryDraft[];
  onChange: (value: AclEntryDraft[]) => void;
  errors: Record<string, string>;
}

/** Device ids already chosen in the editor, carried over when a preset replaces the entries. */
function pickedDevices(value: readonly AclEntryDraft[]): number[] {
  const ids = value.find((e) => e.uri === 'gw/devices' && e.ids !== 'all')?.ids;
  return Array.isArray(ids) ? ids : [];
}

/** The ACL of an ACL token: presets for sharing a single tool, then entries to adjust. */
export function AclEditor({ account, value, onChange, errors }: AclEditorProps) {
  const set = (i: number, entry: AclEntryDraft) => onChange(value.map((e, j) => (j === i ? entry : e)));
  return (
    <Stack spacing={2} component="section" aria-label="Access list (ACL)">
      <Typography variant="subtitle1" component="h3">
        Access list (ACL)
      </Typography>
      <Typography color="text.secondary">
        {account
          ? `Ids are offered from what ${account.name} can reach: a token never reaches more than its account.`
          : 'Pick the account first: ids are offered from what it can reach.'}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {(Object.keys(PRESETS) as PresetId[]).map((id) => (
          <Button key={id} size="small" variant="outlined" onClick={() => onChange(PRESETS[id].build(pickedDevices(value)))}>
            {`Preset: ${PRESETS[id].label}`}
          </Button>
        ))}
      </Stack>
      {value.length === 0 && (
        <Typography color="text.secondary">No entries: the token would be allowed nothing. Start from a preset or add an entry.</Typography>
      )}
      {value.map((entry, i) => (
        <AclEntryEditor
          key={i}
          index={i}
          account={account}
          entry={entry}
          errors={errors}
          onChange={(e) => set(i, e)}
          onRemove={() => onChange(value.filter((_x, j) => j !== i))}
        />
      ))}
      {errors['access.acl'] && (
        <Alert severity="error" variant="outlined">
          {errors['access.acl']}
        </Alert>
      )}
      <Button startIcon={<AddIcon />} onClick={() => onChange([...value, emptyEntry()])} sx={{ alignSelf: 'flex-start' }}>
        Add entry
      </Button>
    </Stack>
  );
}
