import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { useApiMutation } from '../../../../auth/useApiMutation';
import type { BinEntryAnswer } from '../../../../contracts/recycleBin';
import { isApiError } from '../../../../lib/apiClient';
import { binClient } from '../../../../lib/binClient';
import { RESTORE_TOUCHES, binKeys } from '../api/binKeys';
import { PREVIEWED, entryTitle, restoreCidOf, unlinkedWords } from './binText';
import { RestorePreview } from './RestorePreview';

type Outcome = { entry: BinEntryAnswer; ok: true; notRestored: string[] } | { entry: BinEntryAnswer; ok: false; reason: string };

/** Restores the entries one by one (each in its own account), after showing who regains what and what stays behind. */
export function RestoreDialog({ entries, bin, onClose }: { entries: readonly BinEntryAnswer[]; bin: readonly BinEntryAnswer[]; onClose: () => void }) {
  const inBin = new Set(bin.map((e) => e.origin));
  const titleId = useId();
  const client = useQueryClient();
  const acting = useActingAccount();
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const mutation = useApiMutation({
    run: async (api, _acting, list: readonly BinEntryAnswer[]) => {
      const out: Outcome[] = [];
      for (const entry of list) {
        try {
          const [done] = await binClient(api, { actAs: null }).restore([entry.origin], restoreCidOf(entry, bin));
          out.push({ entry, ok: true, notRestored: unlinkedWords(done?.not_restored ?? []) });
        } catch (e) {
          out.push({ entry, ok: false, reason: isApiError(e) ? e.reason : 'something went wrong.' });
        }
      }
      return out;
    },
    touches: RESTORE_TOUCHES,
    success: (out) => `Restored ${out.filter((o) => o.ok).length} of ${out.length}`,
    failure: 'Could not restore',
    onSuccess: (out) => {
      setOutcomes(out);
      void client.invalidateQueries({ queryKey: binKeys.all(acting.cid) });
    },
  });
  const title = entries.length === 1 ? `Restore ${entryTitle(entries[0] as BinEntryAnswer)}?` : `Restore ${entries.length} deleted records?`;
  return (
    <Dialog open onClose={mutation.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{outcomes ? 'Restore results' : title}</DialogTitle>
      <DialogContent>
        {outcomes ? (
          <Box role="status">
            <List aria-label="Restore results">
              {outcomes.map((o) => (
                <ListItem key={o.entry.origin} disableGutters sx={{ display: 'block' }}>
                  <Alert severity={o.ok ? (o.notRestored.length ? 'warning' : 'success') : 'error'}>
                    {o.ok
                      ? `${entryTitle(o.entry)} is back.${o.notRestored.length ? ` Not restored: ${o.notRestored.join(', ')}.` : ''}`
                      : `${entryTitle(o.entry)} was not restored: ${o.reason}`}
                  </Alert>
                </ListItem>
              ))}
            </List>
          </Box>
        ) : (
          <>
            <Typography>Each comes back with its id and its configuration at deletion, checked as if it were created now.</Typography>
            <List aria-label="To be restored">
              {entries.map((e) => (
                <ListItem key={e.origin} disableGutters sx={{ display: 'block' }}>
                  <Typography variant="subtitle2">{entryTitle(e)}</Typography>
                  {e.unlinked.length > 0 && <Typography color="text.secondary">Will not come back: {unlinkedWords(e.unlinked).join(', ')}.</Typography>}
                  {e.with && inBin.has(e.with) && <Typography color="text.secondary">Deleted with {e.with}: restore that first.</Typography>}
                  {PREVIEWED.has(e.type) && <RestorePreview entry={e} actAs={restoreCidOf(e, bin)} />}
                </ListItem>
              ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={mutation.isPending} autoFocus>
          {outcomes ? 'Close' : 'Cancel'}
        </Button>
        {!outcomes && (
          <Button variant="contained" disabled={mutation.isPending} onClick={() => mutation.mutate(entries)}>
            {mutation.isPending ? 'Working…' : entries.length === 1 ? 'Restore' : `Restore ${entries.length}`}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
