import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { MyAccess } from '../api/myAccessKeys';

/** Where the token cannot act, and why, in the permission module's words. */
export function LimitsList({ limits }: { limits: MyAccess['limits'] }) {
  return (
    <List dense aria-label="Where this token cannot act">
      {limits.map((l) => (
        <ListItem key={l.what} disableGutters>
          <ListItemText primary={l.what} secondary={l.why} />
        </ListItem>
      ))}
    </List>
  );
}
