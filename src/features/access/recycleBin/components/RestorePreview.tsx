import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { BinEntryAnswer } from '../../../../contracts/recycleBin';
import { accessClient } from '../../../../lib/accessClient';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { isApiError } from '../../../../lib/apiClient';
import type { AccessDiff } from '../../../../permissions';
import { WithPreviews } from '../../../../widgets/accessPreview/AccessPreview';

type Worded = AccessDiff & { lines?: string[] };

/** Who regains what if this grant, role assignment or token came back (asked in the entry's account; changes nothing). */
export function RestorePreview({ entry, actAs }: { entry: BinEntryAnswer; actAs: number }) {
  // Without our `access` extension (flespi) there is no preview; the restore itself is flespi's and still offered.
  return (
    <WithPreviews>
      <Preview entry={entry} actAs={actAs} />
    </WithPreviews>
  );
}

function Preview({ entry, actAs }: { entry: BinEntryAnswer; actAs: number }) {
  const api = useApiClient();
  const q = useQuery({
    queryKey: ['access', actAs, 'preview', 'restore', entry.origin],
    queryFn: ({ signal }) => accessClient(api, { actAs }).preview<Worded>({ restore: { origin: entry.origin } }, { signal }),
  });
  if (q.isPending) return <Typography color="text.secondary">Working out who regains access…</Typography>;
  if (q.isError) return <Alert severity="info">No preview: {isApiError(q.error) ? q.error.reason : 'something went wrong.'}</Alert>;
  const lines = q.data.flatMap((d) => d.lines ?? []);
  return (
    <section aria-label={`Who regains access with ${entry.origin}`}>
      {lines.length === 0 ? (
        <Typography color="text.secondary">No account regains access through it now.</Typography>
      ) : (
        <List dense disablePadding>
          {lines.map((l) => (
            <ListItem key={l} disableGutters>
              {l}
            </ListItem>
          ))}
        </List>
      )}
    </section>
  );
}
