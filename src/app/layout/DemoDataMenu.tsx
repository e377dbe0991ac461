/**
 * Demo mode only, for a master token of the root account: reset the demo world, export it as JSON,
 * import a world exported before. The backend decides (it refuses anyone else); this only offers.
 */
import StorageIcon from '@mui/icons-material/Storage';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ENDPOINTS } from '../../contracts/endpoints';
import { useDemoPersonas } from '../../auth/demoPersonas';
import { useRequiredSession } from '../../auth/SessionProvider';
import type { Identity } from '../../auth/useIdentity';
import { useApiClient } from '../../lib/ApiClientProvider';
import { worldAdminRefusal } from '../../permissions';
import { KeptWorlds } from './KeptWorlds';

export function DemoDataMenu({ identity }: { identity: Identity }) {
  const demo = useDemoPersonas();
  const session = useRequiredSession();
  if (!demo || worldAdminRefusal({ token: session.info, actingCid: identity.actingCid }, identity.accounts)) return null;
  return <DemoDataDialog />;
}

function DemoDataDialog() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
      await queryClient.invalidateQueries();
      setMessage({ ok: true, text: what });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };
  const exportWorld = () =>
    run('The world was exported (world.json).', async () => {
      const { result } = await api.get<unknown>(ENDPOINTS.mockExport);
      const url = URL.createObjectURL(new Blob([JSON.stringify(result[0], null, 2)], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'world.json' });
      a.click();
      URL.revokeObjectURL(url);
    });
  const importWorld = (file: File) =>
    run(`The world was imported from ${file.name}.`, async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not a JSON file.`);
      }
      await api.post(ENDPOINTS.mockImport, parsed);
    });

  return (
    <>
      <Button
        color="inherit"
        startIcon={<StorageIcon />}
        onClick={() => {
          setMessage(null);
          setOpen(true);
        }}
      >
        Demo data
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="demo-data-title">
        <DialogTitle id="demo-data-title">Demo data</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The demo backend keeps its world in this browser. Resetting replaces every change with the demo world; it cannot be undone.
          </DialogContentText>
          <KeptWorlds />
          {message && (
            <Alert severity={message.ok ? 'success' : 'error'} sx={{ mt: 2 }} role="status">
              {message.text}
            </Alert>
          )}
          <input
            ref={fileRef}
            type="file"
            accept="application/json"
            hidden
            aria-label="World file to import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importWorld(f);
              e.target.value = '';
            }}
          />
        </DialogContent>
        <DialogActions>
          <Stack direction="row" spacing={1}>
            <Button onClick={() => void exportWorld()}>Export world</Button>
            <Button onClick={() => fileRef.current?.click()}>Import world</Button>
            <Button color="error" onClick={() => void run('The demo world was restored.', () => api.post(ENDPOINTS.mockReset, null))}>
              Reset demo data
            </Button>
            <Button onClick={() => setOpen(false)}>Close</Button>
          </Stack>
        </DialogActions>
      </Dialog>
    </>
  );
}
