/**
 * Counts in answers ("used by N assignments"): a count names only records the
 * reader may read. Records it may not read are never counted; that some exist is said without a number
 * when the refusal rests on them (the refusal itself cannot be hidden: the record is still in use).
 */
import type { ReadableView } from './readableView';
import type { RecordType } from './types';

export interface InUse {
  /** Records the reader may read. */
  readable: number;
  /** Whether records it may not read are among them. */
  hidden: boolean;
}

export function inUse(view: ReadableView, refs: ReadonlyArray<{ type: RecordType; id: number }>): InUse {
  const readable = refs.filter((r) => view.may(r.type, r.id)).length;
  return { readable, hidden: readable < refs.length };
}

/** "2 role assignment(s)", "2 role assignment(s) you can see and others you cannot", "role assignments you cannot see". */
export function inUseText(u: InUse, noun: string): string {
  if (!u.hidden) return `${u.readable} ${noun}(s)`;
  return u.readable > 0 ? `${u.readable} ${noun}(s) you can see and others you cannot` : `${noun}s you cannot see`;
}
