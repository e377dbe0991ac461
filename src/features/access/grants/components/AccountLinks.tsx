import Stack from '@mui/material/Stack';
import type { Cid } from '../../../../domain/types';
import { AccountLink } from '../../../../auth/AccountLink';

/** Accounts as links to their pages (grantors, grantees). */
export function AccountLinks({ cids, nameOf }: { cids: readonly Cid[]; nameOf: (cid: Cid) => string }) {
  if (cids.length === 0) return <>None</>;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
      {cids.map((cid) => (
        <AccountLink key={cid} cid={cid} name={nameOf(cid)} />
      ))}
    </Stack>
  );
}
