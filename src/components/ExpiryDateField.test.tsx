// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { daysUntil, endsWithinDays, localDateIn } from '../lib/days';
import { ExpiryDateField, readExpiryDate } from './ExpiryDateField';
import { formatRelative, nowSeconds } from './formatTime';

afterEach(cleanup);

function Field() {
  const [value, setValue] = useState('');
  return <ExpiryDateField value={value} onChange={setValue} />;
}

const expires = () => screen.getByLabelText('Expires') as HTMLInputElement;

describe('ExpiryDateField: +1 / 7 / 30 days', () => {
  it('each shortcut fills the date that many days from today', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const quick = within(screen.getByRole('group', { name: 'Quick expiry' }));
    expect(quick.getAllByRole('button').map((b) => b.textContent)).toEqual(['+1 day', '+7 days', '+30 days']);
    for (const [label, days] of [
      ['+7 days', 7],
      ['+1 day', 1],
      ['+30 days', 30],
    ] as const) {
      await user.click(quick.getByRole('button', { name: label }));
      expect(expires().value).toBe(localDateIn(nowSeconds(), days));
    }
  });

  it('+7 days gives an expiry said "in 7 days" and inside "within 7 days" (one definition)', async () => {
    const user = userEvent.setup();
    render(<Field />);
    await user.click(screen.getByRole('button', { name: '+7 days' }));
    const now = nowSeconds();
    const read = readExpiryDate(expires().value, now);
    if (!('expire' in read)) throw new Error(read.error);
    expect(daysUntil(read.expire, now)).toBe(7);
    expect(endsWithinDays(read.expire, now, 7)).toBe(true);
    expect(endsWithinDays(read.expire, now, 6)).toBe(false);
    expect(formatRelative(read.expire, now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(7, 'day'));
  });
});
