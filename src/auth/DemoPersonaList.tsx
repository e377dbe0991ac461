import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { TOKEN_KINDS } from '../domain/types';
import { tokenKindLabel } from '../domain/tokenKinds';
import type { DemoPersona } from './demoPersonas';

/** Demo mode: the demo world's personas, one click each (the key never shows on screen). */
export function DemoPersonaList({
  personas,
  onPick,
  busy,
  large = false,
}: {
  personas: readonly DemoPersona[];
  onPick: (p: DemoPersona) => void;
  busy: boolean;
  large?: boolean;
}) {
  return (
    <section aria-labelledby="demo-personas-title">
      <Typography id="demo-personas-title" variant="h6" component="h2" sx={{ mt: 3 }}>
        {large ? 'Large world personas' : 'Demo personas'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {large
          ? 'Tokens picked from the generated large world (their keys follow from the seed).'
          : 'The built-in demo backend knows these tokens (their keys are in the README).'}
      </Typography>
      <List aria-labelledby="demo-personas-title">
        {personas.map((p) => (
          <ListItem
            key={p.id}
            divider
            secondaryAction={
              <Button size="small" variant="outlined" disabled={busy} onClick={() => onPick(p)} aria-label={`Sign in as ${p.label}`}>
                Sign in as
              </Button>
            }
          >
            <ListItemText
              primary={p.refused ? `${p.label} (${p.refused}: refused)` : p.label}
              secondary={`${p.accountName}, ${tokenKindLabel(TOKEN_KINDS[p.kind])} token`}
            />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
