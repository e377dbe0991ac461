import TextField from '@mui/material/TextField';

/** The required, first-focused "Name" field of a form dialog, with the field's own error under it. */
export function NameField({ value, onChange, error }: { value: string; onChange: (name: string) => void; error: string | undefined }) {
  return <TextField label="Name" value={value} onChange={(e) => onChange(e.target.value)} required autoFocus error={error !== undefined} helperText={error} />;
}
