import { createContext, useContext } from 'react';

export type NotifySeverity = 'success' | 'error' | 'info' | 'warning';

export interface Notify {
  (message: string, severity?: NotifySeverity): void;
}

export const NotifyContext = createContext<Notify | null>(null);

/** Shows a toast that says what happened ("Token #12 disabled", "Could not delete: …"). */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify outside <NotifyProvider>');
  return notify;
}
