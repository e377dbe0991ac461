import { useActingQuery } from '../../../../auth/useActingQuery';
import { NotFound } from '../../../../components/NotFound';
import { RecordDetail } from '../../../../components/RecordDetail';
import { useDetailParams } from '../../../../components/useDetailParams';
import { roleKeys } from '../api/roleKeys';

export function RoleDetailPage() {
  const params = useDetailParams('roles');
  const id = params?.id ?? 0;
  const query = useActingQuery((api, acting) => ({ ...roleKeys.detail(api, acting, id), enabled: params !== null }));
  if (!params) return <NotFound what="role" />;
  return <RecordDetail type="roles" id={id} tab={params.tab} tabs={['overview']} noun="Role" query={query} title={(r) => r.name} />;
}
