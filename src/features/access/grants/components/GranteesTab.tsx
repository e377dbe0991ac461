import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useCan } from '../../../../auth/useCan';
import type { Cid } from '../../../../domain/types';
import type { LoadedGrant } from '../api/grantKeys';
import { AccountLink } from '../../../../auth/AccountLink';
import { RemoveGranteeDialog } from './RemoveGranteeDialog';

/** The accounts a grant shares with; each can be removed (its loss previewed) where the grant may be changed. */
export function GranteesTab({ grant }: { grant: LoadedGrant }) {
  const nameOf = useAccountNames();
  const update = useCan('update', { type: 'grants', id: grant.id });
  const [removing, setRemoving] = useState<Cid | null>(null);
  const close = () => setRemoving(null);
  const label = (cid: Cid) => nameOf(cid) || `Account #${cid}`;
  return (
    <Stack spacing={1}>
      <Typography variant="h6" component="h2">
        Grantees
      </Typography>
      {grant.subaccounts.length === 0 ? (
        <Typography>No grantees: this grant shares with nobody.</Typography>
      ) : (
        <Table size="small" aria-label="Grantees">
          <TableHead>
            <TableRow>
              <TableCell>Account</TableCell>
              <TableCell>Id</TableCell>
              {update.allowed && <TableCell align="right">Actions</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {grant.subaccounts.map((cid) => (
              <TableRow key={cid}>
                <TableCell>
                  <AccountLink cid={cid} name={nameOf(cid)} />
                </TableCell>
                <TableCell>{cid}</TableCell>
                {update.allowed && (
                  <TableCell align="right">
                    <Button size="small" color="error" aria-label={`Remove ${label(cid)} from this grant`} onClick={() => setRemoving(cid)}>
                      Remove
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {removing !== null && <RemoveGranteeDialog grant={grant} cid={removing} onClose={close} />}
    </Stack>
  );
}
