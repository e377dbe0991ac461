import { describe, expect, it } from 'vitest';
import { inUse, inUseText } from './inUse';
import type { ReadableView } from './readableView';

const view = { may: (_type: string, id: number) => id < 10 } as unknown as ReadableView;
const refs = (...ids: number[]) => ids.map((id) => ({ type: 'role-assignments' as const, id }));

describe('counts name only what the reader reads', () => {
  it.each([
    [refs(1, 2), '2 assignment(s)'],
    [refs(1, 20, 30), '1 assignment(s) you can see and others you cannot'],
    [refs(20), 'assignments you cannot see'],
    [refs(20, 30, 40), 'assignments you cannot see'],
  ])('%j → %s', (r, text) => {
    expect(inUseText(inUse(view, r), 'assignment')).toBe(text);
  });
});
