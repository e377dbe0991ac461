import { useCallback } from 'react';
import { useNotify } from '../../../../components/feedback/notifyContext';

/** Copies text to the clipboard and says so in a toast (`done`); the text itself is never shown or logged. */
export function useCopyText(): (text: string, done: string) => Promise<void> {
  const notify = useNotify();
  return useCallback(
    async (text: string, done: string) => {
      try {
        await navigator.clipboard.writeText(text);
        notify(done, 'success');
      } catch {
        notify('Could not copy: the browser did not allow access to the clipboard.', 'error');
      }
    },
    [notify],
  );
}
