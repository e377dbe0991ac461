import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import { useState } from 'react';
import { paths } from '../../../../lib/paths';
import { ItemLink } from '../../../../components/ItemLink';
import type { Subaccount } from '../api/subaccountKeys';
import type { TreeNode } from '../accountTree';

/** The branch as nested lists; every level can be folded with a labelled button (aria-expanded). */
export function SubaccountTree({ roots, label }: { roots: TreeNode<Subaccount>[]; label: string }) {
  return (
    <Paper>
      <List aria-label={label} dense>
        {roots.map((n) => (
          <Branch key={n.account.id} node={n} depth={0} />
        ))}
      </List>
    </Paper>
  );
}

function Branch({ node, depth }: { node: TreeNode<Subaccount>; depth: number }) {
  const [open, setOpen] = useState(depth < 2);
  const { account, children } = node;
  const listId = `tree-children-${account.id}`;
  return (
    <>
      <ListItem sx={{ pl: 2 + depth * 3 }} secondaryAction={account.blocked ? <Chip size="small" color="warning" label="Blocked" /> : undefined}>
        {children.length > 0 ? (
          <IconButton
            size="small"
            edge="start"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={`${open ? 'Collapse' : 'Expand'} ${account.name}`}
            onClick={() => setOpen(!open)}
            sx={{ mr: 1 }}
          >
            {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </IconButton>
        ) : (
          <span style={{ width: 36, display: 'inline-block' }} aria-hidden />
        )}
        <ListItemText
          primary={<ItemLink to={paths.detail.getHref('subaccounts', account.id)} name={account.name} fallback={`Account #${account.id}`} />}
          secondary={children.length > 0 ? `${children.length} subaccount${children.length === 1 ? '' : 's'}` : undefined}
        />
      </ListItem>
      {children.length > 0 && open && (
        <li>
          <List id={listId} dense disablePadding aria-label={`Subaccounts of ${account.name}`}>
            {children.map((c) => (
              <Branch key={c.account.id} node={c} depth={depth + 1} />
            ))}
          </List>
        </li>
      )}
    </>
  );
}
