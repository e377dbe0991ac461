import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDateTime, formatRelative } from '../../../../components/formatTime';
import type { ReceivedRow } from '../api/myAccessKeys';

/** A grant has a name; an assignment is said by its role, subject and scope. */
const title = (r: ReceivedRow): string => (r.type === 'grants' ? `Grant “${r.name}”` : `Role assignment: ${r.name}`);

function Until({ row }: { row: ReceivedRow }) {
  if (row.expire === 0) return <>No end date</>;
  return (
    <>
      {formatDateTime(row.expire)} ({formatRelative(row.expire)})
    </>
  );
}

/** What the account receives: each grant and role assignment, by whom, what it gives, until when. */
export function ReceivedTable({ rows, account, acl }: { rows: readonly ReceivedRow[]; account: string; acl: boolean }) {
  if (acl) return <Typography color="text.secondary">An ACL token is shown only what its access list reaches, not what is shared with {account}.</Typography>;
  if (rows.length === 0) return <Typography color="text.secondary">Nothing is shared with {account} through a grant or a role assignment.</Typography>;
  return (
    <Table size="small" aria-label={`Shared with ${account}`}>
      <TableHead>
        <TableRow>
          <TableCell>What</TableCell>
          <TableCell>Shared by</TableCell>
          <TableCell>Gives</TableCell>
          <TableCell>Until</TableCell>
          <TableCell>State</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={`${r.type}-${r.id}`}>
            <TableCell>{title(r)}</TableCell>
            <TableCell>{r.from.name}</TableCell>
            <TableCell>
              {r.gives.map((g) => (
                <div key={g}>{g}</div>
              ))}
            </TableCell>
            <TableCell>
              <Until row={r} />
            </TableCell>
            <TableCell>{r.active ? 'Active' : r.type === 'grants' ? 'Gives nothing now (disabled or ended)' : 'Ended: gives nothing'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
