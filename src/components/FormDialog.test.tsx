// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormDialog } from './FormDialog';
import { useDirty } from './useDirty';

afterEach(cleanup);

/** A one-field form as every form dialog of the panel is built: its value, `useDirty`, FormDialog. */
function NameForm({ onClose, onSubmit = vi.fn() }: { onClose: () => void; onSubmit?: () => void }) {
  const [name, setName] = useState('');
  const dirty = useDirty(name);
  return (
    <FormDialog open title="Create thing" submitLabel="Create" dirty={dirty} onSubmit={onSubmit} onClose={onClose}>
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} />
    </FormDialog>
  );
}

const setup = () => {
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(<NameForm onClose={onClose} />);
  return { user, onClose, name: () => screen.getByRole('textbox', { name: 'Name' }) };
};

describe('FormDialog: the dirty-dialog guard', () => {
  it('closes at once when nothing was typed (Esc and Cancel)', async () => {
    const { user, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
  });

  it('Esc on a dirty form asks; "Keep editing" (the default) keeps what was typed', async () => {
    const { user, onClose, name } = setup();
    await user.type(name(), 'Half-typed');
    await user.keyboard('{Escape}');
    const guard = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(guard.textContent).toContain('“Create thing”');
    expect(document.activeElement?.textContent).toBe('Keep editing');
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(onClose).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull());
    expect(name()).toHaveProperty('value', 'Half-typed');
  });

  it('Esc on the question itself goes back to the form; Cancel then Discard closes it', async () => {
    const { user, onClose, name } = setup();
    await user.type(name(), 'x');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('a value typed and cleared again is not a change', async () => {
    const { user, onClose, name } = setup();
    await user.type(name(), 'ab');
    await user.clear(name());
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
