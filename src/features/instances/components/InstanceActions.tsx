import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useCan } from '../../../auth/useCan';
import type { Instance } from '../../../domain/types';
import { CommandDialog } from './CommandDialog';
import { DeleteInstanceDialog } from './DeleteInstanceDialog';
import { EditInstanceDialog } from './EditInstanceDialog';
import { MoveInstanceDialog } from './MoveInstanceDialog';

type Open = 'edit' | 'delete' | 'command' | 'move' | null;

/** Edit, send command and delete: each button only when the permission module allows it here. */
export function InstanceActions({ instance }: { instance: Instance & { rev?: number } }) {
  const item = { type: instance.type, id: instance.id };
  const edit = useCan('update', item);
  const remove = useCan('delete', item);
  const command = useCan('command', item);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Stack direction="row" spacing={1}>
      {edit.allowed && (
        <Button variant="outlined" onClick={() => setOpen('edit')}>
          Edit
        </Button>
      )}
      {instance.type === 'devices' && command.allowed && (
        <Button variant="outlined" onClick={() => setOpen('command')}>
          Send command
        </Button>
      )}
      {remove.allowed && (instance.type === 'devices' || instance.type === 'channels') && (
        <Button variant="outlined" onClick={() => setOpen('move')}>
          Move to account…
        </Button>
      )}
      {remove.allowed && (
        <Button variant="outlined" color="error" onClick={() => setOpen('delete')}>
          Delete
        </Button>
      )}
      {open === 'edit' && <EditInstanceDialog instance={instance} onClose={close} />}
      {open === 'command' && <CommandDialog device={instance} onClose={close} />}
      {open === 'delete' && <DeleteInstanceDialog instance={instance} onClose={close} />}
      {open === 'move' && (instance.type === 'devices' || instance.type === 'channels') && (
        <MoveInstanceDialog instance={{ ...instance, type: instance.type }} onClose={close} />
      )}
    </Stack>
  );
}
