import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { EXPIRING_DAYS, readFilters, writeFilters } from '../model/tokenFilters';
import type { ExpiryFilter, KindFilter, TokenFilters } from '../model/tokenFilters';
import { useUrlParams } from '../../../../lib/useUrlParams';

const ANY = 'any';

/** The token table's filters; their values live in the URL (deep links keep them). */
export function TokenFiltersBar() {
  const [params, setParams] = useUrlParams();
  const f = readFilters(params);
  const set = (change: Partial<TokenFilters>) => setParams((p) => writeFilters(p, { ...readFilters(p), ...change }), { replace: true });
  const [unusedText, setUnusedText] = useState(f.unusedDays === null ? '' : String(f.unusedDays));
  const unusedValid = unusedText.trim() === '' || /^\d{1,5}$/.test(unusedText.trim());
  return (
    <>
      <TextField
        select
        size="small"
        label="Kind"
        value={f.kind ?? ANY}
        onChange={(e) => set({ kind: e.target.value === ANY ? null : (e.target.value as KindFilter) })}
        sx={{ minWidth: 130 }}
      >
        <MenuItem value={ANY}>Any kind</MenuItem>
        <MenuItem value="master">Master</MenuItem>
        <MenuItem value="standard">Standard</MenuItem>
        <MenuItem value="acl">ACL</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        label="Enabled"
        value={f.enabled === null ? ANY : f.enabled ? 'yes' : 'no'}
        onChange={(e) => set({ enabled: e.target.value === ANY ? null : e.target.value === 'yes' })}
        sx={{ minWidth: 130 }}
      >
        <MenuItem value={ANY}>Enabled or not</MenuItem>
        <MenuItem value="yes">Enabled</MenuItem>
        <MenuItem value="no">Disabled</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        label="Expiry"
        value={f.expiry ?? ANY}
        onChange={(e) => set({ expiry: e.target.value === ANY ? null : (e.target.value as ExpiryFilter) })}
        sx={{ minWidth: 170 }}
      >
        <MenuItem value={ANY}>Any expiry</MenuItem>
        <MenuItem value="active">Active</MenuItem>
        <MenuItem value="expiring">{`Expires within ${EXPIRING_DAYS} days`}</MenuItem>
        <MenuItem value="expired">Expired</MenuItem>
      </TextField>
      <TextField
        size="small"
        label="Unused for (days)"
        value={unusedText}
        error={!unusedValid}
        helperText={unusedValid ? undefined : 'Whole days, e.g. 30'}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        onChange={(e) => {
          const text = e.target.value;
          setUnusedText(text);
          if (text.trim() === '') set({ unusedDays: null });
          else if (/^\d{1,5}$/.test(text.trim())) set({ unusedDays: Number(text.trim()) });
        }}
        sx={{ width: 150 }}
      />
    </>
  );
}
