import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { paths } from '../../../../lib/paths';
import { ItemLink } from '../../../../components/ItemLink';
import { QueryView } from '../../../../components/QueryView';
import { useDebounced } from '../../../../lib/useDebounced';
import type { Cid } from '../../../../domain/types';
import { explorerKeys } from '../api/explorerKeys';
import { accessQuery } from '../explorerParams';
import type { ExplorerParams } from '../explorerParams';
import { RuleLinks } from '../../../../widgets/whoHasAccess/RuleLinks';
import { BlockerAction } from './BlockerAction';

type Found = { id: number; name: string };

const foundLabel = (o: Found | string) => (typeof o === 'string' ? o : `${o.name || '#'} (#${o.id})`);

/** "Why (not)?": the permission module's decision for the subject on one instance, explained. */
export function WhyNot({ params, cid, onAsk }: { params: ExplorerParams; cid: Cid; onAsk: (id: number | null) => void }) {
  const [text, setText] = useState(params.why === null ? '' : String(params.why));
  const [error, setError] = useState<string | null>(null);
  const search = useDebounced(/^\d*$/.test(text.trim()) ? '' : text.trim(), 250);
  const found = useActingQuery((api, acting) => ({ ...explorerKeys.lookup(api, acting, params.type, search), enabled: search !== '' }));
  const query = accessQuery(params, '');
  const why = useActingQuery((api, acting) => ({ ...explorerKeys.why(api, acting, cid, query, params.why ?? 0), enabled: params.why !== null }));
  // The field names the instance asked about (as picked: "Reefer 11 (#311)"), not its bare id.
  const answered = why.data;
  const shown = answered?.name && text.trim() === String(answered.id) ? foundLabel({ id: answered.id, name: answered.name }) : text;
  const ask = () => {
    const t = shown.trim();
    const byName = found.data?.find((o) => foundLabel(o) === t || o.name === t);
    const labelled = /\(#(\d{1,15})\)$/.exec(t)?.[1];
    if (byName || labelled) {
      setError(null);
      onAsk(byName?.id ?? Number(labelled));
      return;
    }
    if (!/^\d{1,15}$/.test(t) || Number(t) === 0) {
      setError(`Instance: enter a positive whole number (an id), or pick one of ${params.type} by name.`);
      return;
    }
    setError(null);
    onAsk(Number(t));
  };
  return (
    <Box component="section" aria-labelledby="why-heading" sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" id="why-heading">
        Why (not)?
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Pick any {params.type.replace(/s$/, '')} you can see, by name or id, to see whether this subject reaches it and why.
      </Typography>
      <Stack
        component="form"
        direction="row"
        spacing={2}
        sx={{ alignItems: 'flex-start', mb: 2 }}
        onSubmit={(e) => {
          e.preventDefault();
          ask();
        }}
      >
        <Autocomplete<Found, false, false, true>
          freeSolo
          size="small"
          sx={{ width: 320 }}
          options={search === '' ? [] : (found.data ?? [])}
          filterOptions={(o) => o}
          getOptionLabel={foundLabel}
          loading={found.isFetching}
          inputValue={shown}
          onInputChange={(_e, v) => setText(v)}
          onChange={(_e, v) => {
            if (v !== null && typeof v !== 'string') {
              setError(null);
              onAsk(v.id);
            }
          }}
          renderInput={(field) => <TextField {...field} label="Instance" error={error !== null} helperText={error ?? `A name or an id of ${params.type}`} />}
        />
        <Button type="submit" variant="contained">
          Explain
        </Button>
      </Stack>
      {params.why !== null && (
        <QueryView query={why} noun="the explanation" isEmpty={(a) => a === null}>
          {(a) =>
            a && (
              <Alert severity={a.allowed ? 'success' : 'warning'} aria-label="Explanation">
                <Typography sx={{ mb: a.allowed ? 1 : 0 }}>
                  <ItemLink to={paths.detail.getHref(params.type, a.id)} name={a.name} fallback={`#${a.id}`} />
                  {a.allowed ? ' is reachable.' : ' is not reachable.'}
                </Typography>
                <Typography>{a.explanation}</Typography>
                {!a.allowed && (
                  <Typography variant="caption" color="text.secondary" component="p">
                    HTTP {a.status} · {a.code ?? 'no-rule'}
                  </Typography>
                )}
                {a.allowed && <RuleLinks rules={a.rules} />}
                {a.blocker && (
                  <Box sx={{ mt: 1 }}>
                    <BlockerAction blocker={a.blocker} item={{ type: params.type, id: a.id, name: a.name || `${params.type} #${a.id}` }} />
                  </Box>
                )}
              </Alert>
            )
          }
        </QueryView>
      )}
    </Box>
  );
}
