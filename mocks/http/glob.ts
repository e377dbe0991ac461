/**
 * `*` wildcards of the selector dialect, matched case-insensitively in time linear in the text plus the
 * pattern, however many stars there are. A backtracking RegExp (`^a.*a.*a.*b$`) took minutes on one long name.
 */

/**
 * Case folding: lower case, with the final sigma (the only context-dependent lowering) read as σ, so that
 * folding a piece of a string gives the same as the piece of the folded string.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
}

/** Knuth-Morris-Pratt: the failure table of `needle`, so a search never steps back in the text. */
function failureTable(needle: string): Int32Array {
  const fail = new Int32Array(needle.length);
  let k = 0;
  for (let i = 1; i < needle.length; i++) {
    while (k > 0 && needle.charCodeAt(i) !== needle.charCodeAt(k)) k = fail[k - 1] ?? 0;
    if (needle.charCodeAt(i) === needle.charCodeAt(k)) k++;
    fail[i] = k;
  }
  return fail;
}

interface Segment {
  text: string;
  fail: Int32Array;
}

/** Index just past the first occurrence of `seg` in `hay` at or after `from`, or -1. */
function findAfter(hay: string, seg: Segment, from: number, to: number): number {
  const { text, fail } = seg;
  if (text.length === 0) return from;
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = hay.charCodeAt(i);
    while (k > 0 && c !== text.charCodeAt(k)) k = fail[k - 1] ?? 0;
    if (c === text.charCodeAt(k)) k++;
    if (k === text.length) return i + 1;
  }
  return -1;
}

/**
 * A predicate for a pattern with `*` wildcards (any run of characters, empty included), compiled once.
 * The first piece must start the text, the last must end it, and each piece between is taken at its
 * leftmost place after the previous one: leftmost is never worse, so no choice is ever revisited.
 */
export function globMatcher(pattern: string): (text: string) => boolean {
  const pieces = foldCase(pattern).split('*');
  const head = pieces[0] ?? '';
  if (pieces.length === 1) return (text) => foldCase(text) === head;
  const tail = pieces[pieces.length - 1] ?? '';
  const middle: Segment[] = pieces
    .slice(1, -1)
    .filter((p) => p !== '')
    .map((p) => ({ text: p, fail: failureTable(p) }));
  return (raw) => {
    const text = foldCase(raw);
    if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return false;
    const end = text.length - tail.length;
    let at = head.length;
    for (const seg of middle) {
      at = findAfter(text, seg, at, end);
      if (at < 0) return false;
    }
    return true;
  };
}
