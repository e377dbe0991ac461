import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router-dom';

/** A record's name linking to its detail page; the name is rendered as text. */
export function ItemLink({ to, name, fallback }: { to: string; name: string | undefined; fallback: string }) {
  return (
    <Link component={RouterLink} to={to}>
      {name && name.trim() !== '' ? name : fallback}
    </Link>
  );
}
