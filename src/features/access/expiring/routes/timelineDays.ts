import { daysUntil } from '../../../../lib/days';
import type { ExpiringRow } from './expiringRows';

export interface TimelineDay {
  key: string;
  label: string;
  rows: ExpiringRow[];
}

function dayLabel(days: number, at: number): string {
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  const date = new Date(at * 1000).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  return `${date} (in ${days} days)`;
}

/** Rows (soonest first) grouped by the local day they end on; everything already over is one group, first. */
export function groupByDay(rows: readonly ExpiringRow[], now: number): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const r of rows) {
    const over = r.expiresAt <= now;
    const n = daysUntil(r.expiresAt, now);
    const key = over ? 'over' : `day-${n}`;
    let day = days.at(-1);
    if (day?.key !== key) {
      day = { key, label: over ? 'Already ended' : dayLabel(n, r.expiresAt), rows: [] };
      days.push(day);
    }
    day.rows.push(r);
  }
  return days;
}
