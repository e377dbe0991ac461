import Box from '@mui/material/Box';

/** A token key, masked: only its last four characters are shown (reveal and copy come with editing). */
export function MaskedKey({ tokenKey }: { tokenKey: string | undefined }) {
  const tail = tokenKey ? tokenKey.slice(-4) : '';
  return (
    <Box component="span" sx={{ fontFamily: 'monospace' }} aria-label={tail ? `Key ending in ${tail}` : 'Key hidden'}>
      {`••••••••${tail}`}
    </Box>
  );
}
