/**
 * Runs a search form: reads the query and filters, asks Pagefind with the
 * query reduced to search keys, and renders the results. Loaded only when a
 * reader starts searching.
 */
import { formatDate } from '../../lib/format/dates.ts';
import { plural, RESULTS } from '../../lib/format/plural.ts';
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import { FILTER_NAMES } from '../../lib/search/filter-names.ts';
import { searchQuery, words, searchKey } from '../../lib/search/terms.ts';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { searchByDate } from './sort.ts';

/**
 * Results shown at first, and added by each press of «نتائج أخرى»: each one
 * shown fetches its page's fragment (about 0.55 KB gzipped), so a first
 * search fetches ten, not every result.
 */
const PAGE = 10;
const TYPING_PAUSE_MS = 120;

export interface SearchOptions {
  basePath: string;
  locale: string;
  /** Keep `?q=…` and the filters in the address bar (the search page), or not (the dialog). */
  syncUrl: boolean;
}

export function mountSearch(form: HTMLFormElement, options: SearchOptions): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const results = form.querySelector<HTMLOListElement>('[data-search-results]');
  const sort = form.querySelector<HTMLSelectElement>('[data-search-sort]');
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]');
  const filters = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  if (!input || !status || !results || !sort || !more) return;

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The current search's results, and the words its excerpts mark. */
  let listed: PagefindResult[] = [];
  let queryKeys: string[] = [];

  /** Shows the next page of results, or the first in place of the last search's; false if a newer search started meanwhile. */
  const showNext = async (current: number, first: boolean): Promise<boolean> => {
    const start = first ? 0 : results.children.length;
    const data = await Promise.all(listed.slice(start, start + PAGE).map((result) => result.data()));
    if (current !== generation) return false;
    // The last search's results stay until these are ready: no empty list in between.
    const items = data.map((result) => renderResult(result, queryKeys, options.locale));
    if (first) results.replaceChildren(...items);
    else results.append(...items);
    more.hidden = results.children.length >= listed.length;
    return true;
  };

  const run = async () => {
    const current = ++generation;
    const raw = input.value.trim();
    const chosen = Object.fromEntries(
      filters.filter((select) => select.value).map((select) => [select.dataset['searchFilter'] ?? '', select.value]),
    );
    if (options.syncUrl) syncAddress(raw, chosen, sort.value);
    const query = searchQuery(raw);
    if (!query && Object.keys(chosen).length === 0) {
      results.replaceChildren();
      listed = [];
      more.hidden = true;
      status.textContent = '';
      form.dataset['searchState'] = 'idle';
      return;
    }
    status.textContent = 'جارٍ البحث…';
    form.dataset['searchState'] = 'busy';
    // Until this search's first results are shown, «نتائج أخرى» would add to the last one's.
    more.hidden = true;
    const index = await loadPagefind(options.basePath);
    const found =
      sort.value === 'asc' || sort.value === 'desc'
        ? await searchByDate(index, query || null, chosen, sort.value)
        : (await index.pagefind.search(query || null, { filters: chosen }))?.results;
    if (current !== generation || !found) return;
    listed = found;
    queryKeys = words(raw).map(searchKey);
    if (!(await showNext(current, true))) return;
    status.textContent = plural(found.length, RESULTS, options.locale);
    // Tests and the search benchmark wait for this, not for a delay.
    form.dataset['searchState'] = 'done';
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  };

  more.addEventListener('click', () => {
    const first = results.children.length;
    // One page at a time: a second press while this one loads would add it twice.
    more.disabled = true;
    void showNext(generation, false).then((added) => {
      more.disabled = false;
      // Keyboard and screen-reader users go on from the first result added, not from the top.
      if (added) results.children[first]?.querySelector('a')?.focus();
    });
  });
  input.addEventListener('input', schedule);
  for (const select of [...filters, sort]) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  // A shared link fills the form; otherwise what the reader already typed stays.
  if (options.syncUrl && location.search) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of filters) select.value = params.get(select.dataset['searchFilter'] ?? '') ?? '';
    sort.value = params.get('sort') ?? '';
  }
  if (input.value || filters.some((select) => select.value)) void run();
}

function syncAddress(query: string, filters: Record<string, string>, sort: string): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  if (sort) params.set('sort', sort);
  const search = params.toString();
  history.replaceState(history.state, '', search ? `?${search}` : location.pathname);
}

function renderResult(result: PagefindResultData, queryKeys: readonly string[], locale: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  const heading = document.createElement('h3');
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const date = result.meta['date'];
  const type = result.filters['type']?.[0];
  meta.textContent = [date ? formatDate(date, locale) : undefined, type].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'snippet';
  excerpt.dir = 'auto';
  for (const part of buildExcerpt(result.content, queryKeys)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, meta, excerpt);
  return item;
}
