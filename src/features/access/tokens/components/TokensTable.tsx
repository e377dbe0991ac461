import Chip from '@mui/material/Chip';
import type { ReactNode } from 'react';
import type { Cid } from '../../../../domain/types';
import { paths } from '../../../../lib/paths';
import { tokenKindLabel } from '../../../../domain/tokenKinds';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { TokenRecord } from '../api/tokenKeys';
import { tokenName } from '../api/tokenMutations';
import { MaskedKey } from './MaskedKey';
import { TokenExpiry } from './TokenExpiry';
import { UseTime } from './UseTime';

interface TokensTableProps {
  tokens: readonly TokenRecord[];
  accountName: (cid: Cid) => string;
  filters: ReactNode;
}

/** Tokens with search, sort and pages in the URL; the key stays masked until revealed. */
export function TokensTable({ tokens, accountName, filters }: TokensTableProps) {
  const columns: Column<TokenRecord>[] = [
    {
      header: 'Info',
      sortValue: (t) => t.info || `#${t.id}`,
      render: (t) => <ItemLink to={paths.detail.getHref('tokens', t.id)} name={t.info} fallback={`Token #${t.id}`} />,
    },
    { header: 'Kind', sortValue: (t) => tokenKindLabel(t.access.type), render: (t) => tokenKindLabel(t.access.type) },
    { header: 'Account', sortValue: (t) => accountName(t.cid), render: (t) => accountName(t.cid) },
    { header: 'Enabled', sortValue: (t) => t.enabled, render: (t) => <Chip size="small" variant="outlined" label={t.enabled ? 'Yes' : 'No'} /> },
    { header: 'Expiry', render: (t) => <TokenExpiry token={t} /> },
    { header: 'Created', sortValue: (t) => t.created || null, render: (t) => <UseTime time={t.created} /> },
    { header: 'Last use', id: 'accessed', sortValue: (t) => t.accessed || null, render: (t) => <UseTime time={t.accessed} /> },
    { header: 'Key', render: (t) => <MaskedKey tokenKey={t.key} name={tokenName(t)} /> },
  ];
  return (
    <ClientTable
      label="Tokens"
      noun="tokens"
      rows={tokens}
      columns={columns}
      rowKey={(t) => t.id}
      searchText={(t) => `${t.info} #${t.id} ${accountName(t.cid)} ${tokenKindLabel(t.access.type)}`}
      filters={filters}
    />
  );
}
