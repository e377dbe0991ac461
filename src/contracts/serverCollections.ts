/**
 * Which collection a server changes with PATCH, and which it has at all, by the extensions it announced
 * (extensions.ts). Apart from extensions.ts so that the sign-in screen does not load it.
 */
import type { CollectionType } from './endpoints';
import type { PanelExtension } from './extensions';

/** Collections where flespi itself has PATCH on `<base>/<sel>` (elsewhere only PUT); a unit test checks it against flespi's routes. */
export const FLESPI_PATCH_TYPES: readonly CollectionType[] = ['devices', 'plugins'];

/** The method that changes some fields of records of `type` on a server with `extensions`. */
export const updateMethod = (type: CollectionType, extensions: readonly PanelExtension[]): 'PATCH' | 'PUT' =>
  extensions.includes('patch') || FLESPI_PATCH_TYPES.includes(type) ? 'PATCH' : 'PUT';

/** Collections only our backend has: on a server without the extension they hold nothing (and are not asked). */
export const COLLECTION_EXTENSION: Partial<Record<CollectionType, PanelExtension>> = { roles: 'roles', 'role-assignments': 'role-assignments' };
