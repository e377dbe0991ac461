import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId, useState } from 'react';

interface TokenKeyFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The key input: masked by default, with a show/hide toggle; never autocompleted or spell-checked.
 * Built from FormControl + OutlinedInput rather than TextField, which would bring Select and Menu
 * into the login route's bundle.
 */
export function TokenKeyField({ value, onChange }: TokenKeyFieldProps) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <FormControl variant="outlined" fullWidth required>
      <InputLabel htmlFor={id}>Token key</InputLabel>
      <OutlinedInput
        id={id}
        label="Token key"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        type={shown ? 'text' : 'password'}
        autoFocus
        aria-describedby={`${id}-help`}
        slotProps={{ input: { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off' } }}
        endAdornment={
          <InputAdornment position="end">
            <IconButton aria-label={shown ? 'Hide key' : 'Show key'} aria-pressed={shown} onClick={() => setShown((s) => !s)} edge="end">
              {shown ? <VisibilityOff /> : <Visibility />}
            </IconButton>
          </InputAdornment>
        }
      />
      <FormHelperText id={`${id}-help`}>Paste the 64-character key of a token.</FormHelperText>
    </FormControl>
  );
}
