import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

interface TokenKeyFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The key input: masked by default, with a show/hide toggle; never autocompleted or spell-checked. */
export function TokenKeyField({ value, onChange, error }: TokenKeyFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <TextField
      label="Token key"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      type={shown ? 'text' : 'password'}
      required
      fullWidth
      autoFocus
      error={Boolean(error)}
      helperText={error ?? 'Paste the 64-character key of a token.'}
      slotProps={{
        htmlInput: { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton aria-label={shown ? 'Hide key' : 'Show key'} aria-pressed={shown} onClick={() => setShown((s) => !s)} edge="end">
                {shown ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
