/**
 * The search index's records, made from the content model instead of the
 * built pages: one per published article and per entity page, with the text
 * a reader sees on that page (for ranking and excerpts), then ⁂ and the
 * search keys (src/lib/search/terms.ts), its filters, and its title and date
 * (the date also orders a search sorted by date: src/lib/search/date-order.ts).
 *
 * The text is laid out as Pagefind's HTML parser lays out the page it used to
 * index: each block set off by spaces and closed with a full stop, and the
 * headings weighted (h1 ×7, h2 ×6 …) with Pagefind's own weight markers, which
 * it reads in a custom record's content as it does in a page's, so results
 * rank as they did when Pagefind read the HTML.
 */
import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { ACTOR_KIND_LABEL, AGREEMENT_KIND_LABEL } from '../content/labels.ts';
import { formatDate, formatHijriDate } from '../format/dates.ts';
import { deepLine } from '../markdown/nesting.ts';
import { articlePath, entityPath } from '../pages/urls.ts';
import { KEYS_MARK } from './excerpt.ts';
import { articleSearchData, entitySearchData, type SearchPageData } from './page-data.ts';
import type { SourceArticle, SourceEntity } from './source.ts';
import { readStoredBody } from './stored-text.ts';

/** What Pagefind's `addCustomRecord` takes, less the language (the index forces Arabic). */
export interface SearchRecord {
  /** Root-relative, without the base path: the browser adds it (`baseUrl`), as it did to the URLs Pagefind found. */
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What a record's date line depends on. */
export interface RecordSettings {
  locale: string;
  hijri: boolean;
}

/** An article's record; `entities` is SearchSource.entities, which the article's own list indexes. */
export function articleRecord(article: SourceArticle, entities: readonly SourceEntity[], settings: RecordSettings): SearchRecord {
  const { data } = article;
  const body = readStoredBody(article.text, data);
  const locale = data.lang === 'en' ? 'en-GB' : settings.locale;
  const hijri = settings.hijri && locale.startsWith('ar') ? ` (${formatHijriDate(data.date, locale)})` : '';
  // The meta line of the page: the date, then «· source» right after it.
  const dateLine = `${formatDate(data.date, locale)}${hijri}${data.source ? `· ${data.source.name}` : ''}`;
  const text = [weighted(7, block(clean(data.title))), block(clean(dateLine)), block(clean(data.summary)), bodyDigest(body)].join('');
  return record(
    articlePath(article.id),
    text,
    data.title,
    articleSearchData(
      { data, body },
      article.entities.flatMap((index) => entities[index] ?? []),
    ),
  );
}

export function entityRecord(entity: SourceEntity): SearchRecord {
  const kicker = entity.collection === 'actors' ? ACTOR_KIND_LABEL[entity.data.kind].one : AGREEMENT_KIND_LABEL[entity.data.kind];
  // The infobox is left out, as it was from the page's index (data-pagefind-ignore).
  const text = [block(kicker), weighted(7, block(clean(entity.data.name))), bodyDigest(entity.body)].join('');
  return record(entityPath(entity.collection, entity.id), text, entity.data.name, entitySearchData(entity));
}

function record(sitePath: string, text: string, title: string, search: SearchPageData): SearchRecord {
  const filters: Record<string, string[]> = {};
  for (const [name, value] of search.filters) (filters[name] ??= []).push(value);
  return {
    url: `/${sitePath}`,
    // The keys sat in a hidden block of their own, closed like any other.
    content: `${text}${block(`${KEYS_MARK} ${search.keys.join(' ')}`)}`,
    meta: search.date ? { title, date: search.date } : { title },
    filters,
  };
}

/** Characters after which Pagefind closes a block with a full stop (its `[\w'")$*]`, where `\w` is Unicode). */
const SENTENCE_END = /[\p{L}\p{N}\p{M}\p{Pc}'")$*]$/u;

/** Pagefind reads `___PAGEFIND_…` words as its own markers; a text that writes one must not steer the weights. */
const MARKER_LIKE = /_{3}(?=(?:END_)?PAGEFIND_)/gu;

/** Content text with anything that reads as a Pagefind marker defused. */
function clean(text: string): string {
  return text.replace(MARKER_LIKE, '__');
}

/** A block element's text, as Pagefind's parser sets it off. */
export function block(text: string): string {
  return ` ${text}${SENTENCE_END.test(text) ? '.' : ''} `;
}

/** Text weighted as a heading of this weight (h1 7 … h6 2), with the markers Pagefind's parser writes. */
export function weighted(weight: number, text: string): string {
  return ` ___PAGEFIND_AUTO_WEIGHT___${weight} ${text} ___END_PAGEFIND_WEIGHT___ `;
}

/** Frontmatter is split off before parsing, as for the mention scan. */
const FEATURES = { gfm: true, frontmatter: false };

/** Markdown blocks that Pagefind set off as blocks in the rendered HTML (p, li, td; headings are weighted too). */
const BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'listItem', 'tableCell']);

/**
 * The readable text of a Markdown body, in the shape Pagefind gave its HTML.
 * Raw HTML and images add no words, as they added none to the index. A body
 * nested too deep to render (the build refuses it) gives no text.
 */
export function bodyDigest(markdown: string): string {
  if (deepLine(markdown)) return '';
  const tree = markdownToMdast(markdown, { features: FEATURES, position: false }) as unknown as Root;
  // Iterative, with an explicit stack of nodes and closing marks: emphasis may nest deeper than the call stack goes.
  const out: string[] = [];
  type Step = Nodes | { close: 'block' | 'heading'; start: number };
  const stack: Step[] = [...tree.children].reverse();
  // A table's first row is its header: <th> cells, which Pagefind does not close with a full stop as it does <td>.
  const headerCells = new Set<Nodes>();
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('close' in step) {
      const inner = out.splice(step.start).join('');
      out.push(step.close === 'heading' ? `${inner} ___END_PAGEFIND_WEIGHT___ ` : block(inner.trim()));
      continue;
    }
    const node = step;
    if (node.type === 'text' || node.type === 'inlineCode') out.push(clean(node.value));
    else if (node.type === 'code') out.push(` ${clean(node.value)} `);
    else if (node.type === 'break') out.push(' ');
    else if (
      node.type === 'html' ||
      node.type === 'image' ||
      node.type === 'imageReference' ||
      node.type === 'definition' ||
      node.type === 'yaml'
    )
      continue;
    else if ('children' in node) {
      if (node.type === 'table') for (const cell of node.children[0]?.children ?? []) headerCells.add(cell);
      if (node.type === 'heading') {
        // The heading's words, weighted: 8 − depth, as Pagefind weights h1…h6.
        stack.push({ close: 'heading', start: out.length });
        out.push(` ___PAGEFIND_AUTO_WEIGHT___${8 - node.depth} `);
        stack.push({ close: 'block', start: out.length });
      } else if (BLOCKS.has(node.type) && !headerCells.has(node)) stack.push({ close: 'block', start: out.length });
      else out.push(' ');
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
    }
  }
  return out.join('');
}
