import { NameField } from '../../../components/NameField';
import { useState } from 'react';
import { FormDialog } from '../../../components/FormDialog';
import { useDirty } from '../../../components/useDirty';
import { instanceUpdate } from '../../../contracts/schemas';
import type { Instance } from '../../../domain/types';
import { fieldErrors } from '../../../lib/fieldErrors';
import type { FieldErrors } from '../../../lib/fieldErrors';
import { resourceClient } from '../../../lib/resourceClient';
import { instanceTouches } from '../api/instanceKeys';
import { useApiMutation } from '../../../auth/useApiMutation';
import { SINGULAR } from '../instanceKinds';

/** Renames an instance; sends the revision it was loaded at, so a change made meanwhile is not overwritten. */
export function EditInstanceDialog({ instance, onClose }: { instance: Instance & { rev?: number }; onClose: () => void }) {
  const singular = SINGULAR[instance.type];
  const [name, setName] = useState(instance.name);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useDirty(name);
  const save = useApiMutation({
    run: (api, acting, body: { name: string }) => resourceClient<Instance>(api, instance.type, acting).update(instance.id, body, { ifMatch: instance.rev }),
    touches: instanceTouches(instance.type),
    success: (_r, body) => `${singular} renamed to “${body.name}”`,
    failure: `Could not save the ${singular.toLowerCase()}`,
    onSuccess: onClose,
  });
  const submit = () => {
    const checked = fieldErrors(instanceUpdate.required({ name: true }), { name });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate({ name: checked.data.name });
  };
  return (
    <FormDialog
      open
      dirty={dirty}
      title={`Edit ${singular.toLowerCase()}`}
      submitLabel="Save"
      pending={save.isPending}
      error={save.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <NameField value={name} onChange={setName} error={errors.name} />
    </FormDialog>
  );
}
