/** Kept worlds held in memory for tests over msw/node (the browser keeps them in IndexedDB). */
import type { KeptEntry } from '../../db/keptShelf';
import { installKeptShelf } from '../../db/backend';

export type MemoryShelf = Map<string, { entry: KeptEntry; value: unknown }>;

/** Installs an in-memory shelf as the backend's and returns it, to fill and inspect. */
export function installMemoryShelf(): MemoryShelf {
  const shelf: MemoryShelf = new Map();
  installKeptShelf({
    list: () => Promise.resolve([...shelf.values()].map((k) => k.entry)),
    read: (key) => Promise.resolve(shelf.get(key)?.value),
    remove: (key) => Promise.resolve(shelf.delete(key)),
  });
  return shelf;
}

/** Puts a value on the shelf under `key`, with the entry the backend lists for it. */
export function keep(shelf: MemoryShelf, key: string, value: unknown, why = 'Set aside.'): void {
  shelf.set(key, { entry: { key, at: Number(key.replace(/^kept-/, '')) || 0, size: JSON.stringify(value).length, why }, value });
}
