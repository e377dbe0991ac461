import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useTokens } from '../api/useTokens';
import { TokensTable } from '../components/TokensTable';

/** The tokens the principal may see (the acting account's branch), with kind, owner and expiry state. */
export function TokensPage() {
  const tokens = useTokens();
  const accountName = useAccountNames();
  return (
    <>
      <PageHeader title="Tokens" subtitle="Tokens of the acting account and the accounts below it." />
      <QueryView query={tokens} noun="tokens" isEmpty={(list) => list.length === 0}>
        {(list) => <TokensTable tokens={list} accountName={accountName} />}
      </QueryView>
    </>
  );
}
