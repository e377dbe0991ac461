/** Limits of the HTTP edge, the same in the browser mock and in `npm run api`. */

/** Request bodies above this many bytes are answered 413 (the largest real body, a world import, is far below). */
export const MAX_BODY_BYTES = 1_000_000;
/** JSON bodies nested deeper than this are answered 400 (a world export is 10 deep). */
export const MAX_JSON_DEPTH = 32;
/** Selectors longer than this are answered 400 (the panel's longest, 100 `id==` alternatives, is ~1,500). */
export const MAX_SELECTOR_LENGTH = 8192;
/** Parentheses in a selector expression nest at most this deep. */
export const MAX_SELECTOR_DEPTH = 32;
