/**
 * The one definition of "within N days" (issue 20): days are local calendar days. Something "ends within
 * N days" when it ends no later than the end of the Nth local day after today, and "in N days" names the
 * same count, so a grant shown as "expires in 7 days" is always under "Ending within 7 days". Expiry
 * fields end on the end of a local day (23:59), so the count never depends on the hour it was set.
 */

export const DAY = 86_400;

/** Local midnight of the day `unix` falls on, as a Date. */
function localMidnight(unix: number): Date {
  const d = new Date(unix * 1000);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Calendar days from `now`'s local day to `unix`'s: 0 today, 1 tomorrow, -1 yesterday. */
export function daysUntil(unix: number, now: number): number {
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  return Math.round((localMidnight(unix).getTime() - localMidnight(now).getTime()) / (DAY * 1000));
}

/** The end (23:59 local) of the day `days` calendar days after `now`'s, in unix seconds. */
export function endOfDayIn(now: number, days: number): number {
  const m = localMidnight(now);
  return Math.floor(new Date(m.getFullYear(), m.getMonth(), m.getDate() + days, 23, 59, 0).getTime() / 1000);
}

/** Ends (or ended) no later than the end of the Nth local day from today; what is already over counts too. */
export const endsWithinDays = (unix: number, now: number, days: number): boolean => unix <= endOfDayIn(now, days);

/** Still to come, and ends within N days (badges and "expiring" states). */
export const endsSoon = (unix: number, now: number, days: number): boolean => unix > now && endsWithinDays(unix, now, days);

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyy-mm-dd` (a date input's value) of the local day `days` after `now`'s. */
export function localDateIn(now: number, days: number): string {
  const m = localMidnight(now);
  const d = new Date(m.getFullYear(), m.getMonth(), m.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
