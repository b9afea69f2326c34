/**
 * What makes the open data citable: every export names the content it was
 * made from (a digest of the published files) and that content's date, so
 * two people citing the same release can tell that they do, and the licence
 * the site owner chose (MARSAD_DATA_LICENSE).
 *
 * The date is the newest `date` or `updated` among published articles, not
 * the clock: the same content must build to the same bytes
 * (tests/e2e/determinism.test.ts), and a build date would change every file
 * on every build without the data changing.
 */
import { createHash } from 'node:crypto';
import type { Corpus } from '../content/corpus.ts';

export interface Release {
  /** `sha256:` and the hex digest of every published file's id, frontmatter and text. */
  content_digest: string;
  /** The newest day the published articles record (`date` or `updated`); null for a corpus without articles. */
  content_date: string | null;
  /** As MARSAD_DATA_LICENSE gives it; null when the owner has set none. */
  licence: string | null;
}

/** Digests by corpus: every export of a build asks for the release of the same corpus, and one digest of 10,000 articles costs a third of a second. */
const releases = new WeakMap<object, Map<string | undefined, Release>>();

/** The release of a corpus's published content. */
export function releaseOf(corpus: Pick<Corpus, 'articles' | 'actors' | 'agreements'>, licence: string | undefined): Release {
  let byLicence = releases.get(corpus);
  if (!byLicence) releases.set(corpus, (byLicence = new Map()));
  let release = byLicence.get(licence);
  if (!release) byLicence.set(licence, (release = computeRelease(corpus, licence)));
  return release;
}

function computeRelease(corpus: Pick<Corpus, 'articles' | 'actors' | 'agreements'>, licence: string | undefined): Release {
  const published = [...corpus.articles.filter((article) => !article.data.draft), ...corpus.actors, ...corpus.agreements]
    .map((entry) => ({ key: `${entry.collection}/${entry.id}`, entry }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const hash = createHash('sha256');
  // Each part is length-prefixed, so that no two corpora can run together into the same bytes.
  for (const { key, entry } of published)
    for (const part of [key, JSON.stringify(entry.data), entry.body]) hash.update(`${part.length}:${part}`);
  let newest: string | null = null;
  for (const article of corpus.articles) {
    if (article.data.draft) continue;
    for (const day of [article.data.date, article.data.updated]) if (day !== undefined && (newest === null || day > newest)) newest = day;
  }
  return { content_digest: `sha256:${hash.digest('hex')}`, content_date: newest, licence: licence ?? null };
}

/** A JSON export: the release's fields first, then the data under their own names. */
export function withRelease<T extends object>(release: Release, data: T): Release & T {
  return { ...release, ...data };
}

/**
 * The sidecar of a CSV export, `<file>.csv-metadata.json`, where the W3C's
 * CSV on the Web recommendation tells tools to look for it. A comment line in
 * the CSV itself would be read as a record by Excel, by R's read.csv and by
 * pandas without `comment='#'`, and RFC 4180 has no comments: the sidecar
 * leaves every CSV reader working as before.
 */
export function csvMetadata(release: Release, file: string, title: string, header: readonly string[]): object {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: file,
    'dc:title': title,
    'dc:identifier': release.content_digest,
    'dc:date': release.content_date,
    'dc:license': release.licence,
    tableSchema: { columns: header.map((name) => ({ name, titles: name })) },
  };
}
