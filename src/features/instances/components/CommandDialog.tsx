import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { FormDialog } from '../../../components/FormDialog';
import { useDirty } from '../../../components/useDirty';
import { commandCreate } from '../../../contracts/schemas';
import type { Instance } from '../../../domain/types';
import { fieldErrors } from '../../../lib/fieldErrors';
import type { FieldErrors } from '../../../lib/fieldErrors';
import { sendCommands } from '../../../lib/relationClients';
import { COMMAND_TOUCHES } from '../api/instanceKeys';
import { useApiMutation } from '../../../auth/useApiMutation';

/** Properties are typed as JSON text: an object, or nothing. */
function parseProperties(text: string): { ok: true; value: Record<string, unknown> } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ok: true, value: value as Record<string, unknown> } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Queues a command on a device (needs devices:command). */
export function CommandDialog({ device, onClose }: { device: Instance; onClose: () => void }) {
  const [name, setName] = useState('');
  const [properties, setProperties] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty({ name, properties });
  const send = useApiMutation({
    run: (api, acting, body: { name: string; properties: Record<string, unknown> }) => sendCommands(api, acting, device.id, [body]),
    touches: COMMAND_TOUCHES,
    success: (_r, body) => `Command “${body.name}” queued for ${device.name}`,
    failure: 'Could not send the command',
    onSuccess: onClose,
  });
  const submit = () => {
    const props = parseProperties(properties);
    const checked = fieldErrors(commandCreate, { name: name.trim(), properties: props.ok ? props.value : {} });
    const next: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!props.ok) next.properties = 'Properties must be a JSON object, e.g. {"speed": 60}.';
    if (!checked.ok || !props.ok) return setErrors(next);
    setErrors({});
    send.mutate(checked.data);
  };
  return (
    <FormDialog
      open
      dirty={dirty}
      title={`Send a command to ${device.name}`}
      submitLabel="Send"
      pending={send.isPending}
      error={send.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Command"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoFocus
        error={errors.name !== undefined}
        helperText={errors.name ?? 'e.g. setdigout'}
      />
      <TextField
        label="Properties (JSON)"
        value={properties}
        onChange={(e) => setProperties(e.target.value)}
        multiline
        minRows={3}
        error={errors.properties !== undefined}
        helperText={errors.properties ?? 'Optional: a JSON object.'}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
    </FormDialog>
  );
}
