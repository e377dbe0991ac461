import TextField from '@mui/material/TextField';

/** The optional, multi-line "Description" field of a form dialog, with the field's own error under it. */
export function DescriptionField({ value, onChange, error }: { value: string; onChange: (text: string) => void; error: string | undefined }) {
  return (
    <TextField
      label="Description"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      multiline
      minRows={2}
      error={error !== undefined}
      helperText={error}
    />
  );
}
