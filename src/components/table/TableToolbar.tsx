import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

interface TableToolbarProps {
  /** e.g. "Search tokens". */
  searchLabel: string;
  q: string;
  onSearch: (q: string) => void;
  /** Filters (selects, switches) next to the search. */
  children?: ReactNode;
  /** "12 tokens" etc., announced politely when it changes. */
  summary?: string;
}

/** Search box (applied after a short pause), filters and the count of matching rows. */
export function TableToolbar({ searchLabel, q, onSearch, children, summary }: TableToolbarProps) {
  const [text, setText] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  // The URL changed the search (back button, a link): show it.
  if (q !== seenQ) {
    setSeenQ(q);
    setText(q);
  }
  useEffect(() => {
    if (text === q) return;
    const t = setTimeout(() => onSearch(text), 250);
    return () => clearTimeout(t);
  }, [text, q, onSearch]);
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField
        size="small"
        type="search"
        label={searchLabel}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onSearch(text);
        }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {children}
      {summary && (
        <Typography color="text.secondary" role="status" aria-live="polite" sx={{ ml: 'auto' }}>
          {summary}
        </Typography>
      )}
    </Stack>
  );
}
