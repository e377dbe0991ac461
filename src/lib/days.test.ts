import { describe, expect, it } from 'vitest';
import { DAY, daysUntil, endOfDayIn, endsSoon, endsWithinDays, localDateIn } from './days';

/** A local time, so the tests hold in any time zone. */
const at = (y: number, mo: number, d: number, h = 12, mi = 0) => Math.floor(new Date(y, mo - 1, d, h, mi).getTime() / 1000);
const NOW = at(2031, 3, 10, 9, 30);

describe('days: one meaning of "within N days"', () => {
  it('counts local calendar days, whatever the hour', () => {
    expect(daysUntil(at(2031, 3, 10, 23, 59), NOW)).toBe(0);
    expect(daysUntil(at(2031, 3, 11, 0, 1), NOW)).toBe(1);
    expect(daysUntil(at(2031, 3, 17, 23, 59), NOW)).toBe(7);
    expect(daysUntil(at(2031, 3, 9, 1), NOW)).toBe(-1);
  });

  it('a date picked 7 days ahead (the end of that day) ends within 7 days, not within 6', () => {
    const end = endOfDayIn(NOW, 7);
    expect(end).toBe(at(2031, 3, 17, 23, 59));
    expect(end - NOW).toBeGreaterThan(7 * DAY);
    expect(endsWithinDays(end, NOW, 7)).toBe(true);
    expect(endsWithinDays(end, NOW, 6)).toBe(false);
    expect(daysUntil(end, NOW)).toBe(7);
  });

  it('what has ended is within every window; "soon" is only what is still to come', () => {
    expect(endsWithinDays(NOW - DAY, NOW, 1)).toBe(true);
    expect(endsSoon(NOW - DAY, NOW, 7)).toBe(false);
    expect(endsSoon(NOW + DAY, NOW, 7)).toBe(true);
  });

  it('gives the date input value of a day ahead, across a month end', () => {
    expect(localDateIn(NOW, 0)).toBe('2031-03-10');
    expect(localDateIn(NOW, 30)).toBe('2031-04-09');
  });
});
