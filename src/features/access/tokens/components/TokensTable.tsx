import Chip from '@mui/material/Chip';
import type { Cid, Token } from '../../../../domain/types';
import { paths } from '../../../../app/paths';
import { tokenKindLabel } from '../../../../auth/authInfo';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { MaskedKey } from './MaskedKey';
import { TokenExpiry } from './TokenExpiry';

interface TokensTableProps {
  tokens: readonly Token[];
  accountName: (cid: Cid) => string;
}

export function TokensTable({ tokens, accountName }: TokensTableProps) {
  const columns: Column<Token>[] = [
    { header: 'Info', render: (t) => <ItemLink to={paths.detail('tokens', t.id)} name={t.info} fallback={`Token #${t.id}`} /> },
    { header: 'Kind', render: (t) => tokenKindLabel(t) },
    { header: 'Account', render: (t) => accountName(t.cid) },
    { header: 'Enabled', render: (t) => <Chip size="small" variant="outlined" label={t.enabled ? 'Yes' : 'No'} /> },
    { header: 'Expiry', render: (t) => <TokenExpiry token={t} /> },
    { header: 'Key', render: (t) => <MaskedKey tokenKey={t.key} /> },
  ];
  return <DataTable label="Tokens" rows={tokens} columns={columns} rowKey={(t) => t.id} />;
}
