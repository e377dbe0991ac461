import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink } from 'react-router-dom';
import type { ItemType } from '../domain/types';
import { DETAIL_TABS, paths } from '../lib/paths';
import type { DetailTab } from '../lib/paths';

const LABELS: Record<string, string> = {
  overview: 'Overview',
  logs: 'Logs',
  access: 'Who has access',
  devices: 'Devices',
  grantees: 'Grantees',
  assignments: 'Assignments',
  messages: 'Messages',
  telemetry: 'Telemetry',
};

/** Tabs of a detail page as links (each tab has its own deep link). */
export function DetailTabs<T extends ItemType>({ type, id, current, tabs }: { type: T; id: number; current: DetailTab<T>; tabs?: readonly DetailTab<T>[] }) {
  const shown: readonly string[] = tabs ?? DETAIL_TABS[type];
  return (
    <Tabs value={current} aria-label="Sections" sx={{ mb: 2 }}>
      {shown.map((tab) => (
        <Tab key={tab} value={tab} label={LABELS[tab] ?? tab} component={RouterLink} to={paths.detail.getHref(type, id, tab as DetailTab<T>)} />
      ))}
    </Tabs>
  );
}
