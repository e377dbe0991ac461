import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../../../auth/useCan';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { AddFab } from '../../../../components/AddFab';
import { NewButton } from '../../../../components/NewButton';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { nowSeconds } from '../../../../components/formatTime';
import { tokenKeys } from '../api/tokenKeys';
import { TokenFiltersBar } from '../components/TokenFiltersBar';
import { TokenFormDialog } from '../components/TokenFormDialog';
import { TokensTable } from '../components/TokensTable';
import { applyFilters, readFilters } from '../model/tokenFilters';

/** The tokens the principal may see (the acting account's branch): kind, owner, expiry, last use; create. */
export function TokensPage() {
  const tokens = useActingQuery((api, acting) => tokenKeys.list(api, acting));
  const accountName = useAccountNames();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const canCreate = useCan('create', { type: 'tokens' });
  const [creating, setCreating] = useState(false);
  const refused = canCreate.allowed ? undefined : (canCreate.reason ?? 'Checking whether you may create tokens…');
  return (
    <>
      <PageHeader
        title="Tokens"
        subtitle="Tokens of the acting account and the accounts below it."
        actions={<NewButton label="New token" onClick={() => setCreating(true)} disabledReason={refused} />}
      />
      <QueryView query={tokens} noun="tokens" isEmpty={(list) => list.length === 0}>
        {(list) => <TokensTable tokens={applyFilters(list, filters, nowSeconds())} accountName={accountName} filters={<TokenFiltersBar />} />}
      </QueryView>
      <AddFab label="Create token" onClick={() => setCreating(true)} disabledReason={refused} />
      {creating && <TokenFormDialog token={null} onClose={() => setCreating(false)} />}
    </>
  );
}
