import { formatDateTime, formatRelative } from '../../../../components/formatTime';

/** A created/last-use time: relative, with the date as a tooltip; "never" for 0. */
export function UseTime({ time }: { time: number }) {
  if (time <= 0) return <span>never</span>;
  return (
    <time dateTime={new Date(time * 1000).toISOString()} title={formatDateTime(time)}>
      {formatRelative(time)}
    </time>
  );
}
