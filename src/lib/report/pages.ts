/**
 * The pages beyond the changed files' own whose content changes: entity pages
 * (their file, the articles they list, or what those articles say on their
 * cards), the timeline months an article or agreement enters or leaves, and
 * the feeds that list a changed article. Paths are site paths without the
 * base path, as the sitemap lists them under it.
 */
import type { SnapshotDiff } from './diff.ts';
import type { FileFacts, FileKey, Snapshot } from './snapshot.ts';

export interface AffectedPages {
  entityPages: string[];
  timelineMonths: string[];
  feeds: string[];
}

const monthPath = (date: string): string => `timeline/${date.slice(0, 4)}/${date.slice(5, 7)}/`;
const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** What `diff` between `base` and `head` changes on the site. */
export function affectedPages(base: Snapshot, head: Snapshot, diff: SnapshotDiff): AffectedPages {
  const { added, changed, renamed, removed } = diff.files;
  const baseOf = (file: FileFacts): FileFacts | undefined =>
    base.files.get(([...diff.renamedTo].find(([, to]) => to === file.key)?.[0] ?? file.key) as FileKey);
  const headRenamed = renamed.map((rename) => head.files.get(rename.to)).filter((file): file is FileFacts => file !== undefined);

  // Articles whose card or link differs: every entity page that lists one changes with it.
  const touchedArticles = new Set<string>();
  for (const file of [...added, ...changed, ...headRenamed]) if (file.collection === 'articles') touchedArticles.add(file.id);
  for (const file of removed) if (file.collection === 'articles') touchedArticles.add(file.id);
  for (const rename of renamed) if (rename.from.startsWith('articles/')) touchedArticles.add(rename.from.slice('articles/'.length));

  const entityPages = new Set<string>();
  for (const file of [...added, ...changed, ...headRenamed]) if (file.collection !== 'articles') entityPages.add(`${file.key}/`);
  const atHead = (article: string): string =>
    (diff.renamedTo.get(`articles/${article}`) ?? `articles/${article}`).slice('articles/'.length);
  for (const [entity, now] of head.backlinks) {
    const was = (base.backlinks.get(entity) ?? []).map(atHead);
    const listsChanged = was.length !== now.length || was.some((article, index) => article !== now[index]);
    if (listsChanged || now.some((article) => touchedArticles.has(article))) entityPages.add(`${entity}/`);
  }

  const months = new Set<string>();
  for (const file of [...added, ...removed]) if (file.date !== undefined && !file.draft) months.add(monthPath(file.date));
  for (const file of [...changed, ...headRenamed]) {
    const before = baseOf(file);
    for (const side of [before, file]) if (side?.date !== undefined && !side.draft) months.add(monthPath(side.date));
  }

  const feeds = new Set<string>();
  const publishedArticleTouched = [...added, ...changed, ...headRenamed, ...removed].some(
    (file) => file.collection === 'articles' && !file.draft,
  );
  if (publishedArticleTouched) feeds.add('feed.xml');
  // Only actors have a feed of their own (src/pages/actors/[id]/feed.xml.ts).
  for (const page of entityPages)
    if (page.startsWith('actors/') && head.files.has(page.slice(0, -1) as FileKey)) feeds.add(`${page}feed.xml`);

  return { entityPages: sorted(entityPages), timelineMonths: sorted(months), feeds: sorted(feeds) };
}
