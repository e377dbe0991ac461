/**
 * What this panel's own backend adds to flespi's dialect, announced on `GET /auth/info` in one response
 * header so the panel learns it at sign-in with no extra request. A server without the header (flespi.io,
 * `API_DIALECT=flespi npm run api`) has none of them.
 */
import type { CollectionType } from './endpoints';

export const EXTENSIONS_HEADER = 'x-panel-extensions';

export const PANEL_EXTENSIONS = [
  /** `/platform/access/*`: "can I?", acting accounts, explorer, previews, lock-out warnings, hygiene. */
  'access',
  'roles',
  'role-assignments',
  /** `limit`, `offset` and `sort` on lists, with `pagination` in the answer. */
  'paging',
  /** PATCH on every collection (flespi has it only where FLESPI_PATCH_TYPES says). */
  'patch',
  /** `/mock/*`: demo worlds, export and import. */
  'mock',
] as const;
export type PanelExtension = (typeof PANEL_EXTENSIONS)[number];

/** The header's value as our backend sends it. */
export const ALL_EXTENSIONS_VALUE = PANEL_EXTENSIONS.join(',');

/** The header's value (null: no header) as the set of known extensions; unknown names are ignored. */
export function parseExtensions(value: string | null): PanelExtension[] {
  if (value === null) return [];
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  return PANEL_EXTENSIONS.filter((e) => names.includes(e));
}

/** Collections where flespi itself has PATCH on `<base>/<sel>` (elsewhere only PUT); a unit test checks it against flespi's routes. */
export const FLESPI_PATCH_TYPES: readonly CollectionType[] = ['devices', 'plugins'];

/** The method that changes some fields of records of `type` on a server with `extensions`. */
export const updateMethod = (type: CollectionType, extensions: readonly PanelExtension[]): 'PATCH' | 'PUT' =>
  extensions.includes('patch') || FLESPI_PATCH_TYPES.includes(type) ? 'PATCH' : 'PUT';

/** Collections only our backend has: on a server without the extension they hold nothing (and are not asked). */
export const COLLECTION_EXTENSION: Partial<Record<CollectionType, PanelExtension>> = { roles: 'roles', 'role-assignments': 'role-assignments' };

/** Said wherever a screen or widget of ours is left out because the server lacks it. */
export const ABSENT_EXTENSIONS_WHY =
  "Roles, role assignments, the access explorer, access hygiene, “who has access” and access previews are extensions of this panel's own backend; the flespi server you are signed in to has none of them.";
