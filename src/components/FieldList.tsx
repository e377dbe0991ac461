import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export type Field = [label: string, value: ReactNode];

/** A record's fields as a labelled description list (the overview of a detail page). */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <Paper sx={{ p: 2 }}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0, alignItems: 'center' }}>
        {fields.map(([name, value]) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {name}
            </Typography>
            <Box component="dd" sx={{ m: 0, wordBreak: 'break-word' }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

/** Free-form data (configuration, metadata) as JSON text: never HTML. */
export function JsonValue({ value }: { value: unknown }) {
  return (
    <Box component="code" sx={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap' }}>
      {JSON.stringify(value, null, 2)}
    </Box>
  );
}
