import { useEffect } from 'react';

const APP = 'IoT Access Panel';

/**
 * The browser tab's title names the screen (WCAG 2.4.2; history and screen readers show it). Set on
 * every commit, so a screen that re-renders for a new route sets it again.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP}` : APP;
  });
}
