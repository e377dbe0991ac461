/** The order of `sort=<field>` / `sort=-<field>`: the server's, and the panel's own where the server has no paging (flespi). */

/** Numbers by value, anything else as text (numeric-aware, case- and accent-insensitive). */
export function compareByField(field: string): (a: unknown, b: unknown) => number {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return (a, b) => {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return collator.compare(String(x ?? ''), String(y ?? ''));
  };
}

/** A sorted copy (stable: ties keep the list's order); `sort` is `field` or `-field`. */
export function sortedBy<T>(items: readonly T[], sort: string): T[] {
  const cmp = compareByField(sort.replace(/^-/, ''));
  const sign = sort.startsWith('-') ? -1 : 1;
  return [...items].sort((a, b) => sign * cmp(a, b));
}
