/**
 * Preview cards for entity links: on hover or keyboard focus, a card with the
 * entity's name, kind and first sentence, read from data embedded in the page.
 * The link itself works the same without this script.
 */
interface Preview {
  name: string;
  kind: string;
  summary: string;
}

const CARD_ID = 'entity-preview-card';
const SHOW_DELAY_MS = 250;

export function enablePreviews(): void {
  const data = document.getElementById('entity-previews')?.textContent;
  if (!data) return;
  const previews = JSON.parse(data) as Record<string, Preview>;
  const card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'preview-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: HTMLAnchorElement | undefined;

  const hide = () => {
    clearTimeout(timer);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };

  const show = (link: HTMLAnchorElement) => {
    const preview = previews[link.dataset['entity'] ?? ''];
    if (!preview) return;
    current = link;
    const kind = document.createElement('p');
    kind.className = 'preview-kind';
    kind.textContent = preview.kind;
    const name = document.createElement('p');
    name.className = 'preview-name';
    name.textContent = preview.name;
    const summary = document.createElement('p');
    summary.textContent = preview.summary;
    card.replaceChildren(kind, name, summary);
    card.hidden = false;
    const rect = link.getBoundingClientRect();
    const rtl = getComputedStyle(link).direction === 'rtl';
    const inlineStart = rtl ? document.documentElement.clientWidth - rect.right : rect.left;
    card.style.insetInlineStart = `${Math.max(8, Math.min(inlineStart, document.documentElement.clientWidth - card.offsetWidth - 8))}px`;
    card.style.insetBlockStart = `${rect.bottom + window.scrollY + 6}px`;
    link.setAttribute('aria-describedby', CARD_ID);
  };

  const linkFrom = (target: EventTarget | null) =>
    (target instanceof Element ? target.closest<HTMLAnchorElement>('a.entity-link') : null) ?? undefined;

  document.addEventListener('mouseover', (event) => {
    const link = linkFrom(event.target);
    if (!link || link === current) return;
    clearTimeout(timer);
    timer = setTimeout(() => show(link), SHOW_DELAY_MS);
  });
  document.addEventListener('mouseout', (event) => {
    if (linkFrom(event.target)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkFrom(event.target);
    if (link) show(link);
  });
  document.addEventListener('focusout', (event) => {
    if (linkFrom(event.target)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
