/**
 * On every page of `npm run dev` only (src/integrations/content-check.ts
 * injects it for `astro dev`, never for a build): the content's problems,
 * after every save, as Astro's error overlay for errors and as a banner
 * listing errors and warnings. The words come from the server, already in
 * the contributor's language.
 */
import { overlayError } from '../lib/dev/overlay.ts';
import { PROBLEMS_EVENT, PROBLEMS_REQUEST, type ProblemsPayload } from '../lib/dev/protocol.ts';

const BANNER_TAG = 'marsad-dev-problems';
const OVERLAY_TAG = 'vite-error-overlay';
/** The version of the problems whose banner the contributor hid: hidden across reloads, shown again once the problems change. */
const HIDDEN_KEY = 'marsad-dev-problems-hidden';

const BANNER_STYLE = `
:host { position: fixed; inset-inline: 0; bottom: 0; z-index: 99998; font: 15px/1.6 system-ui, sans-serif; }
section { max-height: 40vh; overflow: auto; margin: 0; padding: .75rem 1rem; background: #fff8e6; color: #1f1300; border-top: 3px solid #b45309; box-shadow: 0 -2px 8px rgb(0 0 0 / .2); }
section.errors { background: #fdecec; border-top-color: #b91c1c; }
header { display: flex; gap: 1rem; align-items: baseline; }
h2 { margin: 0; font-size: 1rem; }
button { margin-inline-start: auto; font: inherit; }
ul { margin: .5rem 0 0; padding-inline-start: 1.25rem; }
li.error::marker { color: #b91c1c; }
bdi { font-family: ui-monospace, monospace; font-size: .9em; }
`;

let payloadShown: ProblemsPayload | undefined;
let overlayVersion: string | undefined;

function show(payload: ProblemsPayload): void {
  payloadShown = payload;
  showBanner(payload);
  showOverlay(payload);
}

function showOverlay(payload: ProblemsPayload): void {
  const error = overlayError(payload);
  if (error === undefined) {
    // Only an overlay of ours is closed: one for a failed render stays until Vite clears it.
    if (overlayVersion !== undefined) for (const overlay of document.querySelectorAll(`${OVERLAY_TAG}[data-marsad]`)) overlay.remove();
    overlayVersion = undefined;
    return;
  }
  if (overlayVersion === payload.version) return;
  const Overlay = customElements.get(OVERLAY_TAG);
  if (Overlay === undefined) return;
  for (const overlay of document.querySelectorAll(OVERLAY_TAG)) overlay.remove();
  const overlay = new Overlay(error);
  overlay.setAttribute('data-marsad', '');
  document.body.append(overlay);
  overlayVersion = payload.version;
}

function showBanner(payload: ProblemsPayload): void {
  document.querySelector(BANNER_TAG)?.remove();
  if (payload.problems.length === 0 || sessionStorage.getItem(HIDDEN_KEY) === payload.version) return;
  const host = document.createElement(BANNER_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  // A constructed style sheet, not a <style>: the site's Content Security Policy may refuse inline styles.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BANNER_STYLE);
  shadow.adoptedStyleSheets = [sheet];

  const section = element('section', payload.errors > 0 ? 'errors' : '');
  section.lang = payload.language;
  section.dir = payload.language === 'ar' ? 'rtl' : 'ltr';
  section.setAttribute('role', 'status');
  const header = element('header');
  const heading = element('h2');
  heading.textContent = `${payload.words.heading} (${payload.words.counts})`;
  const hide = element('button');
  hide.type = 'button';
  hide.textContent = payload.words.hide;
  hide.addEventListener('click', () => {
    sessionStorage.setItem(HIDDEN_KEY, payload.version);
    host.remove();
  });
  header.append(heading, hide);

  const list = element('ul');
  for (const problem of payload.problems) {
    const item = element('li', problem.severity);
    const location = element('bdi');
    location.dir = 'ltr';
    location.textContent = problem.location;
    item.append(location, ` ${problem.text}`);
    list.append(item);
  }
  section.append(header, list);
  if (payload.words.more !== '') {
    const more = element('p');
    more.textContent = payload.words.more;
    section.append(more);
  }
  shadow.append(section);
  document.body.append(host);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className !== '') created.className = className;
  return created;
}

if (import.meta.hot) {
  const hot = import.meta.hot;
  hot.on(PROBLEMS_EVENT, show);
  // Vite's own overlay for a failed render replaces ours; once that clears (an update), ours comes back.
  hot.on('vite:afterUpdate', () => {
    if (payloadShown !== undefined && document.querySelector(OVERLAY_TAG) === null) {
      overlayVersion = undefined;
      show(payloadShown);
    }
  });
  hot.send(PROBLEMS_REQUEST);
}
