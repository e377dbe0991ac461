/** Seconds in words for hints ("7 days", "1 hour 30 minutes"). */
const UNITS: ReadonlyArray<[string, number]> = [
  ['year', 31_536_000],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '0 seconds';
  const parts: string[] = [];
  let rest = Math.floor(seconds);
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
    rest -= n * size;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
