import { useActingQuery } from '../../../auth/useActingQuery';
import { useCan } from '../../../auth/useCan';
import { useRequiredSession } from '../../../auth/SessionProvider';
import { LogList } from '../../../components/LogList';
import { NotFound } from '../../../components/NotFound';
import { QueryView } from '../../../components/QueryView';
import { RecordDetail } from '../../../components/RecordDetail';
import { useDetailParams } from '../../../components/useDetailParams';
import { isContainerType } from '../../../domain/types';
import type { InstanceType } from '../../../domain/types';
import { submoduleRefusal } from '../../../permissions';
import { useShowsWhoHasAccess } from '../../../widgets/whoHasAccess/useShowsWhoHasAccess';
import { WhoHasAccessTab } from '../../access/sharing';
import type { DetailTab } from '../../../lib/paths';
import { instanceKeys } from '../api/instanceKeys';
import { DeviceMessages } from '../components/DeviceMessages';
import { DeviceTelemetry } from '../components/DeviceTelemetry';
import { InstanceActions } from '../components/InstanceActions';
import { InstanceOverview } from '../components/InstanceOverview';
import { MemberDevices } from '../components/MemberDevices';
import { SINGULAR } from '../instanceKinds';

const DEVICE_DATA_TABS = ['messages', 'telemetry'] as const;

/**
 * One instance: fields and the actions allowed on it; member devices (containers); a device's messages and
 * telemetry; the Logs tab when the principal may read logs; "Who has access" for master tokens.
 */
export function InstanceDetailPage({ type }: { type: InstanceType }) {
  const params = useDetailParams(type);
  const id = params?.id ?? 0;
  const { info } = useRequiredSession();
  const query = useActingQuery((api, acting) => ({ ...instanceKeys[type].detail(api, acting, id), enabled: params !== null }));
  const showsAccess = useShowsWhoHasAccess();
  const logsAllowed = useCan('logs', { type, id });
  const logs = useActingQuery((api, acting) => ({ ...instanceKeys[type].logs(api, acting, id), enabled: params?.tab === 'logs' && logsAllowed.allowed }));
  if (!params) return <NotFound what={SINGULAR[type].toLowerCase()} />;
  const tabs: DetailTab<InstanceType>[] = ['overview'];
  if (isContainerType(type)) tabs.push('devices');
  // Messages and telemetry: shown to whoever reads the device and whose token's kind and ACL allow the submodule.
  if (type === 'devices') for (const sub of DEVICE_DATA_TABS) if (!submoduleRefusal(info, type, id, sub)) tabs.push(sub);
  // While the answer is pending the tab stays, so a deep link to it does not flash "not found".
  if (logsAllowed.allowed || logsAllowed.pending) tabs.push('logs');
  if (showsAccess) tabs.push('access');
  return (
    <RecordDetail
      type={type}
      id={id}
      tab={params.tab}
      tabs={tabs}
      noun={SINGULAR[type]}
      query={query}
      title={(i) => i.name || `${SINGULAR[type]} #${i.id}`}
      overview={(i) => <InstanceOverview instance={i} />}
      actions={(i) => <InstanceActions instance={i} />}
      renderTab={(tab, record) =>
        tab === 'devices' ? (
          <MemberDevices container={record} />
        ) : tab === 'messages' ? (
          <DeviceMessages id={id} />
        ) : tab === 'telemetry' ? (
          <DeviceTelemetry id={id} />
        ) : tab === 'access' ? (
          <WhoHasAccessTab item={{ type, id, name: record.name || `${SINGULAR[type]} #${id}`, ownerCid: record.cid }} />
        ) : (
          <QueryView query={logs} noun="logs" isEmpty={(l) => l.length === 0}>
            {(records) => <LogList records={records} label={`${SINGULAR[type]} logs`} />}
          </QueryView>
        )
      }
    />
  );
}
