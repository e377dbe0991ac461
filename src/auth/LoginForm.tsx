import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useState } from 'react';
import { TokenKeyField } from './TokenKeyField';

interface LoginFormProps {
  persist: boolean;
  onPersistChange: (persist: boolean) => void;
  busy: boolean;
  onSubmit: (key: string) => void;
}

/** Key + "Stay signed in" + submit. Enter submits. */
export function LoginForm({ persist, onPersistChange, busy, onSubmit }: LoginFormProps) {
  const [key, setKey] = useState('');
  return (
    <Box
      component="form"
      noValidate
      aria-label="Sign in with a token key"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(key.trim());
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      <TokenKeyField value={key} onChange={setKey} />
      <FormControlLabel
        control={<Checkbox checked={persist} onChange={(e) => onPersistChange(e.target.checked)} />}
        label="Stay signed in (keeps the session after the browser closes)"
      />
      <Button type="submit" variant="contained" disabled={busy} loading={busy} size="large">
        Sign in
      </Button>
    </Box>
  );
}
