import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { paths } from '../../../../lib/paths';
import { ItemLink } from '../../../../components/ItemLink';
import type { Cid, GrantItem } from '../../../../domain/types';
import { useGrantItemNames } from '../api/useGrantItemNames';
import { AccountLink } from '../../../../auth/AccountLink';

interface Props {
  items: readonly GrantItem[];
  grantor: Cid;
  grantorName: string;
}

/** What a grant shares: per item its type, the instances or subaccounts (named and linked where readable), and the levels. */
export function GrantItemsTable({ items, grantor, grantorName }: Props) {
  const nameOf = useGrantItemNames(items);
  if (items.length === 0) return <Typography>No items: this grant gives nothing.</Typography>;
  return (
    <Table size="small" aria-label="Items">
      <TableHead>
        <TableRow>
          <TableCell>Type</TableCell>
          <TableCell>Which</TableCell>
          <TableCell>Levels</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item, i) => (
          <TableRow key={i}>
            <TableCell>{item.type}</TableCell>
            <TableCell>
              {item.ids === 'all' ? (
                <>
                  {`Every ${item.type.slice(0, -1)} of `}
                  <AccountLink cid={grantor} name={grantorName} />
                  {', present and future'}
                </>
              ) : (
                <Stack direction="row" spacing={1.5} useFlexGap component="span" sx={{ flexWrap: 'wrap' }}>
                  {item.ids.map((id) => {
                    const name = nameOf(item.type, id);
                    if (item.type === 'subaccounts')
                      return (
                        <span key={id}>
                          <AccountLink cid={id} name={name} /> (#{id})
                        </span>
                      );
                    // Not readable by the principal: its id only, as a link would lead to "not found".
                    return name === undefined ? (
                      <span key={id}>#{id}</span>
                    ) : (
                      <span key={id}>
                        <ItemLink to={paths.detail.getHref(item.type, id)} name={name} fallback={`#${id}`} /> (#{id})
                      </span>
                    );
                  })}
                </Stack>
              )}
            </TableCell>
            <TableCell>{item.access.join(', ')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
