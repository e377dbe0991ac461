import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../components/visuallyHidden';
import type { DemoPersona } from './demoPersonas';

const KIND: Record<DemoPersona['kind'], string> = { master: 'Master', standard: 'Standard', acl: 'ACL' };

/** Demo mode: the demo world's personas, one click each (the key never shows on screen). */
export function DemoPersonaList({ personas, onPick, busy }: { personas: readonly DemoPersona[]; onPick: (p: DemoPersona) => void; busy: boolean }) {
  return (
    <section aria-labelledby="demo-personas-title">
      <Typography id="demo-personas-title" variant="h6" component="h2" sx={{ mt: 3 }}>
        Demo personas
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        The built-in demo backend knows these tokens (their keys are in the README).
      </Typography>
      <Table size="small" aria-labelledby="demo-personas-title">
        <TableHead>
          <TableRow>
            <TableCell>Persona</TableCell>
            <TableCell>Account</TableCell>
            <TableCell>Kind</TableCell>
            <TableCell align="right">
              <Box component="span" sx={visuallyHidden}>
                Action
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {personas.map((p) => (
            <TableRow key={p.id}>
              <TableCell>
                {p.label}
                {p.refused && (
                  <Typography component="span" variant="body2" color="text.secondary">{` (${p.refused}: refused)`}</Typography>
                )}
              </TableCell>
              <TableCell>{p.accountName}</TableCell>
              <TableCell>{KIND[p.kind]}</TableCell>
              <TableCell align="right">
                <Button size="small" variant="outlined" disabled={busy} onClick={() => onPick(p)} aria-label={`Sign in as ${p.label}`}>
                  Sign in as
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
