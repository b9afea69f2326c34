/** Compares the pages a site has with the pages its content asks for: one each, none for drafts, none without a file. */
import { pageFileOf, type ContentPages } from './content-pages.ts';
import type { CollectionPage, PageKey } from './pages.ts';
import type { VerifyProblem } from './problem.ts';

/** Problems with the set of pages, in key order. */
export function checkPageSet(content: ContentPages, built: ReadonlyMap<PageKey, readonly CollectionPage[]>): VerifyProblem[] {
  const problems: Array<VerifyProblem & { key: string }> = [];
  for (const [key, source] of content.published) {
    const pages = built.get(key) ?? [];
    if (pages.length === 0) problems.push({ key, what: `no page for ${source}`, where: pageFileOf(key) });
    if (pages.length > 1)
      problems.push({ key, what: `${pages.length} pages for ${source}`, where: pages.map((page) => page.file).join(', ') });
  }
  for (const [key, pages] of built) {
    if (content.published.has(key)) continue;
    const draft = content.drafts.get(key);
    const what = draft === undefined ? 'page without a content file' : `page for a draft (${draft})`;
    for (const page of pages) problems.push({ key, what, where: page.file });
  }
  return problems.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ what, where }) => ({ what, where }));
}
