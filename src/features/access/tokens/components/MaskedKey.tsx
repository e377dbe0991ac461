import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useCopyText } from './useCopyText';

interface MaskedKeyProps {
  tokenKey: string;
  /** Whose key, for the buttons' labels ("Token “Fleet app”"). */
  name: string;
}

/** A token key, masked but for its last four characters, with reveal and copy buttons. */
export function MaskedKey({ tokenKey, name }: MaskedKeyProps) {
  const [revealed, setRevealed] = useState(false);
  const copy = useCopyText();
  const tail = tokenKey.slice(-4);
  const reveal = revealed ? `Hide key of ${name}` : `Reveal key of ${name}`;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, maxWidth: '100%' }}>
      {revealed ? (
        <Box component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} aria-label={`Key of ${name}`}>
          {tokenKey}
        </Box>
      ) : (
        <Box component="span" sx={{ fontFamily: 'monospace' }} aria-label={`Key ending in ${tail}`}>
          {`••••••••${tail}`}
        </Box>
      )}
      <Tooltip title={revealed ? 'Hide key' : 'Reveal key'}>
        <IconButton size="small" aria-label={reveal} aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
          {revealed ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
        </IconButton>
      </Tooltip>
      <Tooltip title="Copy key">
        <IconButton size="small" aria-label={`Copy key of ${name}`} onClick={() => void copy(tokenKey, 'Key copied')}>
          <ContentCopyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
