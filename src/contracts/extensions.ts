/**
 * What this panel's own backend adds to flespi's dialect, announced on `GET /auth/info` in one response
 * header so the panel learns it at sign-in with no extra request. A server without the header (flespi.io,
 * `API_DIALECT=flespi npm run api`) has none of them.
 */
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

/** The header's value (null: no header) as the set of known extensions; unknown names are ignored. */
export function parseExtensions(value: string | null): PanelExtension[] {
  if (value === null) return [];
  const names = value.split(',').map((s) => s.trim().toLowerCase());
  return PANEL_EXTENSIONS.filter((e) => names.includes(e));
}
