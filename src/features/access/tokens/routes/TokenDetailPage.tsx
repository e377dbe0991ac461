import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../../app/paths';
import { NotFound } from '../../../../components/NotFound';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { useToken } from '../api/useTokens';

/** One token: its fields (key left out) and a way to see what it reaches. */
export function TokenDetailPage() {
  const params = useDetailParams('tokens');
  const query = useToken(params?.id ?? 0);
  if (!params) return <NotFound what="token" />;
  return (
    <RecordDetail
      type="tokens"
      id={params.id}
      tab={params.tab}
      tabs={['overview', 'access']}
      noun="Token"
      query={query}
      title={(t) => t.info || `Token #${t.id}`}
      hide={['key']}
      renderTab={() => (
        <Button component={RouterLink} to={paths.access.explorer({ token: params.id })} variant="outlined">
          Open what this token reaches in the access explorer
        </Button>
      )}
    />
  );
}
