/** Kept apart from extensions.ts, which the sign-in screen loads: only the signed-in shell says this. */
/** Said wherever a screen or widget of ours is left out because the server lacks it. */
export const ABSENT_EXTENSIONS_WHY =
  "Roles, role assignments, the access explorer, access hygiene, “who has access” and access previews are extensions of this panel's own backend; the flespi server you are signed in to has none of them.";
