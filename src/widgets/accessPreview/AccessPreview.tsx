import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useAccountNames } from '../../auth/useAccountNames';
import { useServerHas } from '../../auth/useServerHas';
import { ABSENT_EXTENSIONS_WHY } from '../../contracts/absentExtensions';
import { useActingQuery } from '../../auth/useActingQuery';
import { isApiError } from '../../lib/apiClient';
import type { AccessDiff, AccessEntry } from '../../permissions';
import { previewKeys } from './previewKeys';
import type { PreviewBody } from './previewKeys';

type Named = AccessEntry & { name?: string };
/** The backend's plain-words lines (issue 20); older answers have none. */
type WordedDiff = AccessDiff & { lines?: string[] };

const sample = (entries: readonly Named[]): string => {
  const shown = entries.slice(0, 3).map((e) => `${e.type} “${e.name ?? `#${e.id}`}”`);
  return entries.length > 3 ? `${shown.join(', ')} and ${entries.length - 3} more` : shown.join(', ');
};

function describe(d: AccessDiff): string[] {
  const out: string[] = [];
  if (d.gained.length) out.push(`gains ${d.gained.length} record(s): ${sample(d.gained)}`);
  if (d.lost.length) out.push(`loses ${d.lost.length} record(s): ${sample(d.lost)}`);
  if (d.changed.length) out.push(`keeps ${d.changed.length} record(s) with other permissions: ${sample(d.changed.map((c) => c.after))}`);
  return out;
}

/** What-if preview of a grant/assignment change: who gains or loses what (POST /platform/access/preview). */
export function AccessPreview({ body }: { body: PreviewBody }) {
  return (
    <WithPreviews>
      <Preview body={body} />
    </WithPreviews>
  );
}

/** Its children where the server has our `access` extension (previews are ours), else the sentence why not. */
export function WithPreviews({ children }: { children: ReactNode }) {
  if (!useServerHas('access')) return <Typography color="text.secondary">{ABSENT_EXTENSIONS_WHY}</Typography>;
  return <>{children}</>;
}

function Preview({ body }: { body: PreviewBody }) {
  const q = useActingQuery((api, acting) => previewKeys.preview(api, acting, body));
  const nameOf = useAccountNames();
  if (q.isPending) return <Typography color="text.secondary">Working out who gains or loses access…</Typography>;
  if (q.isError) return <Alert severity="info">No preview: {isApiError(q.error) ? q.error.reason : 'something went wrong.'}</Alert>;
  const lines = (q.data as WordedDiff[]).flatMap((d) => d.lines ?? describe(d).map((text) => `${nameOf(d.cid)} ${text}`));
  return <PreviewLines label="What changes" title="What changes" lines={lines} none="No account gains or loses access now." />;
}

/** A preview's lines in a labelled section, or the sentence for none. */
export function PreviewLines({ label, title, lines, none }: { label: string; title?: string; lines: readonly string[]; none: string }) {
  return (
    <section aria-label={label}>
      {title && <Typography variant="subtitle2">{title}</Typography>}
      {lines.length === 0 ? (
        <Typography color="text.secondary">{none}</Typography>
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
