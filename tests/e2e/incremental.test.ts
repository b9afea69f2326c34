import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editArticleTitle } from '../../bench/measure/edit.ts';
import { buildSite } from '../helpers/build.ts';
import { basePath, closeBuiltSite, openBuiltSite } from './built-site.ts';

/**
 * Astro's incremental build with our cache keys: after one article's title
 * changes, the pages that show that title are rendered again and show it,
 * and a page that does not is copied from the previous build. The search
 * index is built in shards of 10 records here: only the shard that holds the
 * article is indexed again, and a search finds the article by its new title.
 * The built site is kept between the builds, so a page no longer built (an
 * article made a draft) must be taken out of it.
 */
const ARTICLE = 'articles/2015/03/haftar-appointed-commander';
/** Listed in the article's frontmatter: its page lists the article by title. */
const ENTITY_PAGE = 'actors/house-of-representatives';
/** Neither the article nor anything it names. */
const UNRELATED_PAGE = 'articles/2020/02/unsc-resolution-2510';
/** Made a draft before a third build. */
const WITHDRAWN = 'articles/2020/10/qatar-mou-breach';

const renderedLine = (output: string, page: string) => output.split('\n').find((line) => line.includes(`/${page}/index.html`));

describe('a rebuild after editing one article', () => {
  it('renders the pages that show the article again, and copies the rest', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'marsad-incremental-content-'));
    const outDir = mkdtempSync(path.join(tmpdir(), 'marsad-incremental-site-'));
    const env = {
      CONTENT_DIR: content,
      MARSAD_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'marsad-incremental-cache-')),
      MARSAD_SEARCH_SHARD_RECORDS: '10',
    };
    cpSync(path.resolve('content'), content, { recursive: true });

    const first = buildSite(outDir, env);
    expect(first.status, first.stderr.slice(-2000)).toBe(0);
    expect(first.stdout).toMatch(/indexed 44 pages for search in 6 shards\n/);
    const page = (sitePath: string) => readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8');
    const unrelatedBefore = page(UNRELATED_PAGE);
    expect(unrelatedBefore).not.toContain('(مراجعة)');

    const edit = editArticleTitle(path.join(content, `${ARTICLE}.md`), '(مراجعة)');
    const second = buildSite(outDir, env);
    expect(second.status, second.stderr.slice(-2000)).toBe(0);

    expect(page(ARTICLE)).toContain('(مراجعة)');
    expect(page(ENTITY_PAGE)).toContain('(مراجعة)');
    expect(page('timeline/2015/03')).toContain('(مراجعة)');
    expect(renderedLine(second.stdout, ENTITY_PAGE)).not.toMatch(/\(cached\)|\(restored\)/);
    expect(renderedLine(second.stdout, UNRELATED_PAGE)).toMatch(/\(cached\)|\(restored\)/);
    expect(page(UNRELATED_PAGE)).toBe(unrelatedBefore);

    // One shard indexed again; a word only the new title has finds the article.
    expect(second.stdout).toMatch(/indexed 44 pages for search in 6 shards \(5 of 6 unchanged, from the cache\)/);
    const open = await openBuiltSite({ dir: outDir });
    try {
      await open.page.goto(`${open.site.origin}${basePath}search/?q=${encodeURIComponent('مراجعة')}`);
      await open.page.waitForSelector('form[data-search-state="done"]', { timeout: 15_000 });
      const links = await open.page
        .locator('#search-results a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toEqual([`${basePath}${ARTICLE}/`]);
    } finally {
      await closeBuiltSite(open);
    }

    // The site was kept, not emptied and copied back: the unchanged page is the same file.
    expect(second.stdout).toMatch(/keeping .*: the previous build with this cache wrote it/);
    const mentionedArticles = () =>
      new Set(
        (
          JSON.parse(readFileSync(path.join(outDir, 'data/mentions.json'), 'utf8')) as { mentions: Array<{ article: string }> }
        ).mentions.map((mention) => `articles/${mention.article}`),
      );
    expect(mentionedArticles().has(WITHDRAWN)).toBe(true);
    const withdrawnFile = path.join(content, `${WITHDRAWN}.md`);
    writeFileSync(withdrawnFile, readFileSync(withdrawnFile, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
    const third = buildSite(outDir, env);
    expect(third.status, third.stderr.slice(-2000)).toBe(0);
    expect(existsSync(path.join(outDir, WITHDRAWN))).toBe(false);
    // The open data of the kept site is written again: a draft's mentions are not public.
    expect(mentionedArticles().has(WITHDRAWN)).toBe(false);
    expect(mentionedArticles().has(ARTICLE)).toBe(true);
    expect(page(UNRELATED_PAGE)).toBe(unrelatedBefore);
    expect(existsSync(path.join(outDir, 'favicon.svg'))).toBe(true);

    edit.undo();
  }, 300_000);
});
