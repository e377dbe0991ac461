import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { paths } from '../../../lib/paths';
import { useAccountNames } from '../../../auth/useAccountNames';
import { useActingQuery } from '../../../auth/useActingQuery';
import { useCan, useCanEach } from '../../../auth/useCan';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ClientTable } from '../../../components/table/ClientTable';
import type { Column } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ItemLink } from '../../../components/ItemLink';
import { QueryView } from '../../../components/QueryView';
import type { Instance, InstanceType } from '../../../domain/types';
import { useApiMutation } from '../../../auth/useApiMutation';
import { instanceKeys, membersTouches } from '../api/instanceKeys';
import { membersClient } from '../../../lib/relationClients';
import { SINGULAR } from '../instanceKinds';
import { AddMembersDialog } from './AddMembersDialog';

type Member = Pick<Instance, 'id' | 'cid' | 'name'>;

/**
 * Member devices of a group, calc, stream or plugin: only those the principal can read (the server
 * filters); adding and removing only its own devices it may change, in containers it may use.
 */
export function MemberDevices({ container }: { container: Instance }) {
  const type = container.type;
  const members = useActingQuery((api, acting) => instanceKeys.members(api, acting, type, container.id));
  const assign = useCan('assign', { type, id: container.id });
  const canDevice = useCanEach('devices', members.data?.map((m) => m.id) ?? []);
  const accountName = useAccountNames();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const remove = useApiMutation({
    run: (api, acting, m: Member) => membersClient(api, type, acting).remove(container.id, [m.id]),
    touches: membersTouches(type),
    success: (_r, m) => `“${m.name}” removed from ${SINGULAR[type].toLowerCase()} “${container.name}”`,
    failure: 'Could not remove the device',
    onSuccess: () => setRemoving(null),
  });
  const columns: Column<Member>[] = [
    { header: 'Device', sortValue: (d) => d.name, render: (d) => <ItemLink to={paths.detail.getHref('devices', d.id)} name={d.name} fallback={`#${d.id}`} /> },
    { header: 'Id', sortValue: (d) => d.id, render: (d) => d.id },
    { header: 'Account', sortValue: (d) => accountName(d.cid), render: (d) => accountName(d.cid) },
    {
      header: 'Actions',
      render: (d) =>
        assign.allowed && canDevice('update', d.id).allowed ? (
          <Button size="small" color="error" onClick={() => setRemoving(d)} aria-label={`Remove ${d.name}`}>
            Remove
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      {assign.allowed && (
        <Stack direction="row" sx={{ mb: 2 }}>
          <Button variant="contained" onClick={() => setAdding(true)}>
            Add devices
          </Button>
        </Stack>
      )}
      <QueryView
        query={members}
        noun="member devices"
        isEmpty={(m) => m.length === 0}
        empty={<EmptyState title="No member devices you can see">Devices you cannot read are not listed.</EmptyState>}
      >
        {(m) => (
          <ClientTable label="Member devices" noun="member devices" rows={m} columns={columns} rowKey={(d) => d.id} searchText={(d) => `${d.name} ${d.id}`} />
        )}
      </QueryView>
      {adding && <AddMembersDialog container={container} memberIds={members.data?.map((m) => m.id) ?? []} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          open
          title={`Remove “${removing.name}”?`}
          confirmLabel="Remove"
          destructive
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(removing)}
          onClose={() => setRemoving(null)}
        >
          The device stays; it is no longer a member of {SINGULAR[type as InstanceType].toLowerCase()} “{container.name}”.
        </ConfirmDialog>
      )}
    </>
  );
}
