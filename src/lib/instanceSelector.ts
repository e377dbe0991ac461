/**
 * The selector for one page of an instance list: everything, or an expression on the name (search) and
 * the owner account (filter), in the dialect's `{field=="value" && …}` form.
 */
import type { Cid } from '../domain/types';

export interface InstanceFilter {
  /** Free text: matched anywhere in the name, case-insensitively. */
  q: string;
  cid: Cid | null;
}

/** Quotes and backslashes would end the string early; `*` is the dialect's wildcard and cannot be escaped, so it stays one. */
const quoted = (text: string) => `"${text.replace(/["\\]/g, '')}"`;

export function instanceSelector({ q, cid }: InstanceFilter): string {
  const parts: string[] = [];
  const text = q.trim();
  if (text) parts.push(`name==${quoted(`*${text}*`)}`);
  if (cid !== null) parts.push(`cid==${cid}`);
  return parts.length === 0 ? 'all' : `{${parts.join(' && ')}}`;
}

/** The same filter in the browser, for a server without paging (flespi): `*` stays a wildcard, case does not matter. */
export function instanceMatches({ q, cid }: InstanceFilter): (r: { cid: Cid; name?: string }) => boolean {
  const text = q.trim().replace(/["\\]/g, '');
  const pattern = new RegExp(
    text
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*'),
    'i',
  );
  return (r) => (cid === null || r.cid === cid) && (text === '' || pattern.test(r.name ?? ''));
}
