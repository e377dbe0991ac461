import Stack from '@mui/material/Stack';
import { paths } from '../../../../app/paths';
import { ItemLink } from '../../../../components/ItemLink';
import type { Cid } from '../../../../domain/types';

/** Accounts as links to their pages (grantors, grantees). */
export function AccountLinks({ cids, nameOf }: { cids: readonly Cid[]; nameOf: (cid: Cid) => string }) {
  if (cids.length === 0) return <>None</>;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} component="span">
      {cids.map((cid) => (
        <ItemLink key={cid} to={paths.detail('subaccounts', cid)} name={nameOf(cid)} fallback={`Account #${cid}`} />
      ))}
    </Stack>
  );
}
