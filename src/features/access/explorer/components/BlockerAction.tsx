import Button from '@mui/material/Button';
import { Suspense, useState } from 'react';
import { ExtendRecord } from '../../expiring';
import { EnableGrantRecord } from '../../grants';
import { AddToAclRecord } from '../../tokens';
import type { AclItem } from '../../tokens';
import type { WhyBlocker } from '../api/explorerKeys';

/**
 * The action that restores what the nearest blocker took away, in place and for a caller allowed to take it:
 * Extend (a lapsed assignment or grant), Enable (a disabled grant), Add to the access list (an ACL token);
 * each confirmed with what changes.
 */
export function BlockerAction({ blocker, item }: { blocker: WhyBlocker; item: AclItem }) {
  const [open, setOpen] = useState(false);
  if (!blocker.mayRestore) return null;
  const close = () => setOpen(false);
  const action =
    blocker.type === 'tokens'
      ? { label: `Add ${item.name} to the access list of ${blocker.name}`, name: undefined }
      : blocker.restore === 'enable'
        ? { label: `Enable ${blocker.name}`, name: undefined }
        : { label: 'Extend', name: `Extend ${blocker.name}` };
  return (
    <>
      <Button variant="contained" size="small" onClick={() => setOpen(true)} aria-label={action.name}>
        {action.label}
      </Button>
      {open && blocker.type === 'tokens' && <AddToAclRecord tokenId={blocker.id} tokenName={blocker.name} item={item} onClose={close} />}
      {open && blocker.type === 'grants' && blocker.restore === 'enable' && <EnableGrantRecord id={blocker.id} name={blocker.name} onClose={close} />}
      {open && blocker.type !== 'tokens' && blocker.restore === 'extend' && (
        <Suspense fallback={null}>
          <ExtendRecord kind={blocker.type} id={blocker.id} name={blocker.name} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
