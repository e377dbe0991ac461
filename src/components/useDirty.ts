import { useState } from 'react';

/**
 * Has a form's value changed since the dialog opened? Compared as JSON with the first value seen, so a
 * field typed and then cleared again counts as unchanged.
 */
export function useDirty(value: unknown): boolean {
  const [initial] = useState(() => JSON.stringify(value));
  return JSON.stringify(value) !== initial;
}
