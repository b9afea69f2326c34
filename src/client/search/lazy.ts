/**
 * The only search code every page carries: it opens the dialog on ⌘K / Ctrl+K
 * or the header button, and loads the search itself on first use.
 */
import type { SearchOptions } from './controller.ts';

type Mount = (form: HTMLFormElement, options: SearchOptions) => void;

let mountPromise: Promise<Mount> | undefined;
const mounted = new WeakSet<HTMLFormElement>();

function loadController(): Promise<Mount> {
  mountPromise ??= import('./controller.ts').then((module) => module.mountSearch);
  return mountPromise;
}

/** Mounts the search on a form the first time a reader uses it (or at once, for a shared link with a query). */
export function activateOnUse(form: HTMLFormElement, options: SearchOptions, immediately: boolean): void {
  const activate = async () => {
    if (mounted.has(form)) return;
    mounted.add(form);
    const mount = await loadController();
    mount(form, options);
    form.querySelector<HTMLInputElement>('[data-search-input]')?.dispatchEvent(new Event('input'));
  };
  if (immediately) {
    void activate();
    return;
  }
  form.addEventListener('focusin', () => void activate(), { once: true });
  form.addEventListener('pointerdown', () => void activate(), { once: true });
}

/** ⌘K / Ctrl+K anywhere: `open` shows the dialog (or focuses the search page's field). */
export function bindShortcut(open: () => void): void {
  document.addEventListener('keydown', (event) => {
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      open();
    }
  });
}
