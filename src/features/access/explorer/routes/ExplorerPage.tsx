import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useSearchParams } from 'react-router-dom';
import { paths } from '../../../../app/paths';
import { accessKeys } from '../../../../auth/accessKeys';
import type { NamedAccessEntry } from '../../../../auth/accessKeys';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ITEM_TYPES } from '../../../../domain/types';
import type { ItemType } from '../../../../domain/types';
import { describeRule } from '../../../../permissions';

const isItemType = (s: string | null): s is ItemType => s !== null && (ITEM_TYPES as readonly string[]).includes(s);

/** What the acting account (or one of its tokens) reaches, by type, with the rules that give it. */
export function ExplorerPage() {
  const [search, setSearch] = useSearchParams();
  const rawType = search.get('type');
  const type: ItemType = isItemType(rawType) ? rawType : 'devices';
  const tokenParam = Number(search.get('token'));
  const token = Number.isInteger(tokenParam) && tokenParam > 0 ? tokenParam : undefined;
  const query = useActingQuery((api, acting) => accessKeys.byType(api, acting, type, token));
  const accountName = useAccountNames();
  const columns: Column<NamedAccessEntry>[] = [
    { header: 'Name', render: (e) => <ItemLink to={paths.detail(type, e.id)} name={e.name} fallback={`#${e.id}`} /> },
    { header: 'Account', render: (e) => accountName(e.cid) },
    { header: 'Permissions', render: (e) => e.permissions.join(', ') },
    { header: 'Because of', render: (e) => e.rules.map(describeRule).join('; ') },
  ];
  return (
    <>
      <PageHeader title="Access explorer" subtitle={token ? `What token #${token} reaches` : 'What the acting account reaches'} />
      <TextField
        select
        label="Type"
        value={type}
        onChange={(ev) => setSearch((s) => (s.set('type', ev.target.value), s))}
        sx={{ mb: 2, minWidth: 200 }}
      >
        {ITEM_TYPES.map((t) => (
          <MenuItem key={t} value={t}>
            {t}
          </MenuItem>
        ))}
      </TextField>
      <QueryView query={query} noun="access" isEmpty={(r) => r.length === 0}>
        {(rows) => <DataTable label={`Reachable ${type}`} rows={rows} columns={columns} rowKey={(e) => `${e.type}:${e.id}`} />}
      </QueryView>
    </>
  );
}
