import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { paths } from '../lib/paths';
import type { DemoWorld } from './demoWorld';

/**
 * Demo mode: serve the large world (1,000 accounts, 100,000 devices, built in the browser from a seed) or
 * the demo world. Switching reloads the page: the backend builds the world before the app starts.
 */
export function DemoWorldSwitch({ world, next }: { world: DemoWorld; next: string | null }) {
  const large = world.kind === 'large';
  return (
    <FormControlLabel
      sx={{ mt: 2 }}
      control={
        <Checkbox
          checked={large}
          onChange={(e) => window.location.assign(paths.login.getHref({ next, world: e.target.checked ? { kind: 'large' } : { kind: 'demo' } }))}
        />
      }
      label={`Large world: 1,000 accounts, 100,000 devices${world.kind === 'large' ? ` (seed ${world.seed})` : ''}`}
    />
  );
}
