import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { BinEntryAnswer } from '../../../../contracts/recycleBin';
import { useApiClient } from '../../../../lib/ApiClientProvider';
import { isApiError } from '../../../../lib/apiClient';
import type { AccessDiff } from '../../../../permissions';
import { PreviewLines, WithPreviews } from '../../../../widgets/accessPreview/AccessPreview';
import { previewKeys } from '../../../../widgets/accessPreview/previewKeys';

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
  // Asked in the entry's account, which is not always the acting one (restoreCidOf).
  const q = useQuery(previewKeys.preview(useApiClient(), { cid: actAs, actAs }, { restore: { origin: entry.origin } }));
  if (q.isPending) return <Typography color="text.secondary">Working out who regains access…</Typography>;
  if (q.isError) return <Alert severity="info">No preview: {isApiError(q.error) ? q.error.reason : 'something went wrong.'}</Alert>;
  const lines = (q.data as Worded[]).flatMap((d) => d.lines ?? []);
  return <PreviewLines label={`Who regains access with ${entry.origin}`} lines={lines} none="No account regains access through it now." />;
}
