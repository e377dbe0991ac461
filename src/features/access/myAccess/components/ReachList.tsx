import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { MyAccess } from '../api/myAccessKeys';

const label = (type: string): string => (type === 'role-assignments' ? 'Role assignments' : `${type.charAt(0).toUpperCase()}${type.slice(1)}`);

/** Per record type, how many this token reaches and with which levels. */
export function ReachList({ reach }: { reach: MyAccess['reach'] }) {
  const some = reach.filter((r) => r.count > 0);
  if (some.length === 0) return <Typography color="text.secondary">This token reaches no record.</Typography>;
  return (
    <List dense aria-label="What this token may do">
      {some.map((r) => (
        <ListItem key={r.type} disableGutters>
          <ListItemText primary={`${label(r.type)}: ${r.count}`} secondary={r.may.join('; ')} />
        </ListItem>
      ))}
    </List>
  );
}
