import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** A record's fields as a description list; nested values as JSON text (never HTML). */
export function RecordFields({ record, hide = [] }: { record: object; hide?: readonly string[] }) {
  const entries = Object.entries(record).filter(([k]) => !hide.includes(k));
  return (
    <Paper sx={{ p: 2 }}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
        {entries.map(([name, value]) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {name}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontFamily: typeof value === 'object' ? 'monospace' : undefined, wordBreak: 'break-word' }}>
              {typeof value === 'object' ? JSON.stringify(value) : String(value)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
