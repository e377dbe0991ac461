import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useApiMutation } from '../../../../auth/useApiMutation';
import { LoadingState } from '../../../../components/LoadingState';
import { LIMIT_TYPES } from '../../../../domain/limits';
import type { Account } from '../../../../domain/types';
import { isApiError } from '../../../../lib/apiClient';
import { paths } from '../../../../lib/paths';
import { resourceClient } from '../../../../lib/resourceClient';
import { LIMIT_TOUCHES, limitKeys } from '../api/limitKeys';
import { usageWords } from '../limitWords';

/**
 * A subaccount's limit and its use against it, per type ("Devices 10 of 10"), with the choice among its
 * parent's limits. Shown to those who read limits (the parent's branch); others see the limit's absence.
 */
export function SubaccountLimit({ account }: { account: Account & { rev?: number } }) {
  const limits = useActingQuery((api, acting) => limitKeys.list(api, acting));
  const limitId = account.limit_id ?? 0;
  const use = useActingQuery((api, acting) => ({ ...limitKeys.use(api, acting, limitId), enabled: limitId > 0 }));
  const assign = useApiMutation({
    run: (api, acting, id: number) => resourceClient(api, 'subaccounts', acting).update(account.id, { limit_id: id }, { ifMatch: account.rev }),
    touches: LIMIT_TOUCHES,
    success: (_r, id) => (id ? `Limit assigned to “${account.name}”` : `“${account.name}” has no limit now`),
    failure: 'Could not assign the limit',
  });
  if (limits.isPending) return <LoadingState label="Loading limits…" />;
  // Standard and ACL tokens read no limits (403): nothing to show them; any other failure is said.
  if (limits.isError)
    return isApiError(limits.error) && limits.error.status === 403 ? null : (
      <Alert severity="error" sx={{ mt: 3 }} action={<Button onClick={() => void limits.refetch()}>Retry</Button>}>
        Could not load the limits.
      </Alert>
    );
  const own = limits.data.filter((l) => l.cid === account.owner_id);
  const current = limits.data.find((l) => l.id === limitId);
  const row = use.data?.[0]?.accounts.find((a) => a.id === account.id);
  const headingId = `limit-of-${account.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id={headingId}>
        Limit
      </Typography>
      {own.length === 0 && !current ? (
        <Typography color="text.secondary">
          No limit you can see or assign: its parent defines limits on the{' '}
          <Link component={RouterLink} to={paths.limits.getHref()}>
            Limits
          </Link>{' '}
          screen.
        </Typography>
      ) : (
        <TextField
          select
          size="small"
          label="Limit"
          value={current ? current.id : 0}
          disabled={assign.isPending}
          onChange={(e) => assign.mutate(Number(e.target.value))}
          sx={{ minWidth: 260, mt: 1 }}
          helperText="Counts what the account and its whole subtree hold."
        >
          <MenuItem value={0}>No limit</MenuItem>
          {own.map((l) => (
            <MenuItem key={l.id} value={l.id}>
              {l.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {current && (
        <>
          {use.isPending && <LoadingState label="Loading use…" />}
          {use.isError && <Alert severity="error">Could not load its use against the limit.</Alert>}
          {row && (
            <List dense aria-label={`Use against limit ${current.name}`}>
              {LIMIT_TYPES.map((t) => (
                <ListItem key={t} disableGutters>
                  {usageWords(t, row.use[t], current[t])}
                  {current[t] >= 0 && row.use[t] >= current[t] ? ' (at its limit)' : ''}
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </Box>
  );
}
