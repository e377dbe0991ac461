import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { Suspense, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../../../lib/paths';
import { ExtendRecord } from '../../expiring';
import type { WhyBlocker } from '../api/explorerKeys';

/** The action that restores what the nearest blocker took away, for a caller allowed to take it. */
export function BlockerAction({ blocker }: { blocker: WhyBlocker }) {
  const [open, setOpen] = useState(false);
  if (!blocker.mayRestore) return null;
  if (blocker.type === 'tokens')
    return (
      <Link component={RouterLink} to={paths.detail.getHref('tokens', blocker.id)}>
        Open {blocker.name} to add an access list entry
      </Link>
    );
  if (blocker.restore === 'enable')
    return (
      <Link component={RouterLink} to={paths.detail.getHref('grants', blocker.id)}>
        Open {blocker.name} to enable it
      </Link>
    );
  return (
    <>
      <Button variant="contained" size="small" onClick={() => setOpen(true)} aria-label={`Extend ${blocker.name}`}>
        Extend
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ExtendRecord kind={blocker.type} id={blocker.id} name={blocker.name} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
