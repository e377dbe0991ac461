/**
 * The worlds the demo backend kept aside instead of writing over them (a saved world it could not read, or
 * one with changes when another world was asked for): when, size and why, each to download or delete. A
 * downloaded one comes back with Import world. Read from the backend each time the dialog opens, so every
 * tab sees the same list, after a reload too.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { ENDPOINTS, fillPath } from '../../contracts/endpoints';
import { useApiClient } from '../../lib/ApiClientProvider';

interface KeptEntry {
  key: string;
  at: number;
  size: number;
  why: string;
}

type Listed = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; entries: KeptEntry[] };

const sizeText = (chars: number): string =>
  chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : chars >= 1000 ? `${Math.round(chars / 1000)} KB` : `${chars} bytes`;
const whenText = (at: number): string => new Date(at).toLocaleString();
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function KeptWorlds() {
  const api = useApiClient();
  const [listed, setListed] = useState<Listed>({ status: 'loading' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(() => {
    api.get<KeptEntry>(ENDPOINTS.mockKept).then(
      ({ result }) => setListed({ status: 'ready', entries: result }),
      (e: unknown) => setListed({ status: 'error', message: errorText(e) }),
    );
  }, [api]);
  useEffect(load, [load]);

  const download = async (entry: KeptEntry) => {
    try {
      const { result } = await api.get<unknown>(fillPath(ENDPOINTS.mockKeptEntry, { key: entry.key }));
      const url = URL.createObjectURL(new Blob([JSON.stringify(result[0])], { type: 'application/json' }));
      Object.assign(document.createElement('a'), { href: url, download: `iot-panel-${entry.key}.json` }).click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const remove = async (entry: KeptEntry) => {
    setConfirming(null);
    try {
      await api.delete(fillPath(ENDPOINTS.mockKeptEntry, { key: entry.key }));
      load();
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  return (
    <section aria-labelledby="kept-worlds-title">
      <Typography id="kept-worlds-title" variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        Kept worlds
      </Typography>
      {problem && (
        <Alert severity="error" role="alert" onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      {listed.status === 'loading' && <Typography role="status">Loading the kept worlds…</Typography>}
      {listed.status === 'error' && (
        <Alert severity="error" action={<Button onClick={load}>Retry</Button>}>
          The kept worlds could not be listed: {listed.message}
        </Alert>
      )}
      {listed.status === 'ready' && listed.entries.length === 0 && <Typography>Nothing kept: no saved world was ever set aside.</Typography>}
      {listed.status === 'ready' && listed.entries.length > 0 && (
        <>
          <Typography variant="body2">Saved worlds set aside instead of overwritten. Download one, then bring it back with Import world.</Typography>
          <List aria-label="Kept worlds" dense>
            {listed.entries.map((e) => (
              <ListItem key={e.key} disableGutters>
                <ListItemText primary={`${whenText(e.at)} · ${sizeText(e.size)}`} secondary={e.why} />
                <Stack direction="row" spacing={1}>
                  <Button aria-label={`Download the world kept ${whenText(e.at)}`} onClick={() => void download(e)}>
                    Download
                  </Button>
                  {confirming === e.key ? (
                    <>
                      <Button color="error" aria-label={`Delete for good the world kept ${whenText(e.at)}`} onClick={() => void remove(e)}>
                        Delete for good
                      </Button>
                      <Button onClick={() => setConfirming(null)}>Keep</Button>
                    </>
                  ) : (
                    <Button color="error" aria-label={`Delete the world kept ${whenText(e.at)}`} onClick={() => setConfirming(e.key)}>
                      Delete
                    </Button>
                  )}
                </Stack>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </section>
  );
}
