import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** A select option's text with, when it is unavailable, the reason under it (read with the option). */
export function OptionText({ label, reason }: { label: string; reason?: string }) {
  return (
    <Box>
      <Typography>{label}</Typography>
      {reason && (
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'normal' }}>
          {`Unavailable: ${reason}`}
        </Typography>
      )}
    </Box>
  );
}
