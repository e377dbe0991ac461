/** The tokens of a selector expression, read in one pass (no regular expression that could backtrack). */

export type SelectorToken = { kind: '||' | '&&' | '==' | '!=' | '(' | ')' } | { kind: 'word' | 'string'; text: string };

const isWordChar = (c: string) => /[\w.*-]/.test(c);

/** `bad(why)` builds the error to throw, so the message can name the whole selector. */
export function tokenizeSelector(src: string, bad: (why: string) => Error): SelectorToken[] {
  const toks: SelectorToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    const two = src.slice(i, i + 2);
    if (/\s/.test(c)) {
      i++;
    } else if (two === '||' || two === '&&' || two === '==' || two === '!=') {
      toks.push({ kind: two });
      i += 2;
    } else if (c === '(' || c === ')') {
      toks.push({ kind: c });
      i++;
    } else if (c === '"') {
      // Double quotes take backslash escapes: \" and \\.
      let text = '';
      i++;
      while (i < src.length && src.charAt(i) !== '"') {
        if (src.charAt(i) === '\\' && i + 1 < src.length) i++;
        text += src.charAt(i++);
      }
      if (i >= src.length) throw bad('a quoted value is not closed');
      toks.push({ kind: 'string', text });
      i++;
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw bad('a quoted value is not closed');
      toks.push({ kind: 'string', text: src.slice(i + 1, end) });
      i = end + 1;
    } else if (isWordChar(c)) {
      const start = i;
      while (i < src.length && isWordChar(src.charAt(i))) i++;
      toks.push({ kind: 'word', text: src.slice(start, i) });
    } else {
      throw bad('unexpected characters');
    }
  }
  return toks;
}
