/** A deep copy of plain data (arrays, objects, primitives): what the store's worlds are made of. */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneData<unknown>(value[i]);
    return out as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneData<unknown>(v);
    return out as T;
  }
  return value;
}
