/** Times of the dialect are unix seconds; shown as local date-times and as "in 3 days" / "2 hours ago". */
import { DAY, daysUntil } from '../lib/days';

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export function formatDateTime(unix: number): string {
  return new Date(unix * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['hour', 3_600],
  ['minute', 60],
];

/** Up to this many days away, a time is said in calendar days (the windows "within N days" use: lib/days). */
const DAYS_SAID = 90;

export function formatRelative(unix: number, now: number = nowSeconds()): string {
  const diff = unix - now;
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const days = daysUntil(unix, now);
  if (Math.abs(diff) >= DAY && Math.abs(days) <= DAYS_SAID) return rtf.format(days, 'day');
  for (const [unit, seconds] of UNITS) {
    if (Math.abs(diff) >= seconds) return rtf.format(Math.round(diff / seconds), unit);
  }
  return rtf.format(diff, 'second');
}

/** `yyyy-mm-dd` (a date input, local) → unix seconds at the end of that day; null when not a date. */
export function endOfLocalDay(raw: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 0);
  return Number.isNaN(d.getTime()) ? null : Math.floor(d.getTime() / 1000);
}
