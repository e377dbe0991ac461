/**
 * A plain-DOM status line shown while the mock backend builds or loads its world, before the app
 * renders ("Building the large world… 40%"). Plain DOM keeps it out of the app's bundle.
 */
export interface ProgressBanner {
  show: (text: string) => void;
  remove: () => void;
}

export function progressBanner(doc: Document = document): ProgressBanner {
  let el: HTMLElement | null = null;
  return {
    show(text) {
      if (!el) {
        el = doc.createElement('div');
        el.setAttribute('role', 'status');
        el.setAttribute('aria-live', 'polite');
        el.dataset.mockProgress = '';
        el.style.cssText = 'padding:8px 16px;background:#e3f2fd;color:#0d3c61;font:14px system-ui';
        doc.body.prepend(el);
      }
      el.textContent = text;
    },
    remove() {
      el?.remove();
      el = null;
    },
  };
}
