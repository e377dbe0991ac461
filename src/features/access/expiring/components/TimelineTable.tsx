import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { ItemLink } from '../../../../components/ItemLink';
import { formatDateTime, formatRelative } from '../../../../components/formatTime';
import { paths } from '../../../../lib/paths';
import type { ExpiringRow } from '../routes/expiringRows';
import { groupByDay } from '../routes/timelineDays';
import { KIND_LABEL } from './rowText';

const COLUMNS = ['What', 'Name', 'Ends', 'Actions'] as const;

/** Where a row leads: the token or grant itself; a role assignment to its role's assignments. */
const rowHref = (r: ExpiringRow): string =>
  r.kind === 'role-assignments' ? paths.detail.getHref('roles', r.record.role_id, 'assignments') : paths.detail.getHref(r.kind, r.id);

const endsText = (r: ExpiringRow, now: number): string =>
  `${r.expiresAt <= now ? 'Expired ' : ''}${formatRelative(r.expiresAt, now)} (${formatDateTime(r.expiresAt)})${r.kind === 'tokens' && r.viaTtl ? ', ttl' : ''}`;

/** The timeline: one table, a row group per day (what has already ended first), every name a link. */
export function TimelineTable({ rows, now, actions }: { rows: readonly ExpiringRow[]; now: number; actions: (r: ExpiringRow) => ReactNode }) {
  return (
    <Paper>
      <TableContainer>
        <Table size="small" aria-label="Expiring access">
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c}>{c}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          {groupByDay(rows, now).map((day) => (
            <TableBody key={day.key}>
              <TableRow>
                <TableCell component="th" scope="colgroup" colSpan={COLUMNS.length} sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
                  {day.label}
                </TableCell>
              </TableRow>
              {day.rows.map((r) => (
                <TableRow key={`${r.kind}:${r.id}`}>
                  <TableCell>{KIND_LABEL[r.kind]}</TableCell>
                  <TableCell>
                    <ItemLink to={rowHref(r)} name={r.name} fallback={`#${r.id}`} />
                  </TableCell>
                  <TableCell>{endsText(r, now)}</TableCell>
                  <TableCell>{actions(r)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          ))}
        </Table>
      </TableContainer>
    </Paper>
  );
}
