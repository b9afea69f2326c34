import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAND_IN_ORIGIN, type SiteLocation } from '../../../src/lib/verify/links/resolve.ts';
import { formatVerifyProblem } from '../../../src/lib/verify/problem.ts';
import { verifySite } from '../../../src/lib/verify/verify-site.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

/** VALID_FILES plus a second published article and a draft, so every check has something to count. */
const CONTENT: Record<string, string> = {
  ...VALID_FILES,
  'articles/2021/01/haftar-visit.md': '---\ntitle: زيارة\ndate: 2021-01-05\nsummary: خبر.\n---\n\nزار خليفة حفتر الدوحة.\n',
  'articles/2021/02/draft-note.md': '---\ntitle: مسودة عن قطر\ndate: 2021-02-01\nsummary: خبر.\ndraft: true\n---\n\nقطر.\n',
};
const contentRoot = makeContentRoot(CONTENT);

const QATAR_MOU = 'articles/2020/10/qatar-mou-breach/';
const HAFTAR_VISIT = 'articles/2021/01/haftar-visit/';

const page = (body: string) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>t</title></head><body>${body}</body></html>`;

/** An entity page whose backlinks list links to `articles` (site paths), as Backlinks.astro writes it. */
const entityPage = (base: string, articles: readonly string[]) =>
  page(
    `<h1>x</h1><a href="${base}">home</a>` +
      (articles.length === 0
        ? '<p>لا أخبار عنه بعد.</p>'
        : `<ol class="article-list backlinks">${articles.map((article) => `<li class="article-card"><h3 lang="ar"><a href="${base}${article}">t</a></h3><p class="snippet">…</p></li>`).join('')}</ol>`),
  );

const sitemap = (locs: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((loc) => `  <url>\n    <loc>${loc}</loc>\n  </url>`).join('\n')}\n</urlset>\n`;

const ENTITY_PAGES: Record<string, readonly string[]> = {
  'actors/qatar/': [HAFTAR_VISIT, QATAR_MOU],
  'actors/khalifa-haftar/': [HAFTAR_VISIT],
  'actors/libyan-national-army/': [QATAR_MOU],
  'agreements/geneva-ceasefire-2020/': [QATAR_MOU],
};
const CONTENT_PAGES = [QATAR_MOU, HAFTAR_VISIT, ...Object.keys(ENTITY_PAGES)];

/** A built site that loses nothing of CONTENT, served under `basePath`, with absolute sitemap URLs when `origin` is given. */
function goodSite(basePath = '/', origin?: string): Record<string, string> {
  const files: Record<string, string> = {
    'index.html': page(CONTENT_PAGES.map((sitePath) => `<a href="${basePath}${sitePath}">x</a>`).join('')),
    'pagefind/pagefind-entry.json': JSON.stringify({
      version: '1.6.0',
      languages: { ar: { hash: 'ar_1', wasm: 'ar', page_count: CONTENT_PAGES.length } },
    }),
    'sitemap.xml': sitemap(['', ...CONTENT_PAGES].map((sitePath) => (origin ?? '') + basePath + sitePath)),
  };
  files[`${QATAR_MOU}index.html`] = page(`<a href="${basePath}actors/qatar/">قطر</a>`);
  files[`${HAFTAR_VISIT}index.html`] = page(`<a href="../../../../actors/khalifa-haftar/">حفتر</a>`);
  for (const [sitePath, articles] of Object.entries(ENTITY_PAGES)) files[`${sitePath}index.html`] = entityPage(basePath, articles);
  return files;
}

const ROOT: SiteLocation = { origin: STAND_IN_ORIGIN, basePath: '/' };

function verify(files: Record<string, string>, site: SiteLocation = ROOT, absoluteUrls = false, root = contentRoot) {
  return verifySite({ dir: makeContentRoot(files), contentRoot: root, site, absoluteUrls });
}
const linesOf = (files: Record<string, string>, site?: SiteLocation, absoluteUrls?: boolean) =>
  verify(files, site, absoluteUrls).problems.map(formatVerifyProblem);

describe('verifySite', () => {
  it('finds nothing lost in a correct site, and counts what it compared', () => {
    const report = verify(goodSite());
    expect(report.problems).toEqual([]);
    expect(report.pages).toEqual({ articles: 2, actors: 3, agreements: 1 });
    expect(report.backlinks).toBe(5);
    expect(report.internalLinks).toBe(6 + 2 + 4 + 5);
  });

  it('passes a site served under a base path whose sitemap lists absolute URLs', () => {
    const site: SiteLocation = { origin: 'https://marsad.example.org', basePath: '/marsad/' };
    expect(linesOf(goodSite('/marsad/', 'https://marsad.example.org'), site, true)).toEqual([]);
  });

  it('reports a content file without a page', () => {
    const files = goodSite();
    delete files['actors/khalifa-haftar/index.html'];
    expect(linesOf(files)).toEqual([
      `no page for ${displayRoot()}actors/khalifa-haftar.md: actors/khalifa-haftar/index.html`,
      'sitemap URL "/actors/khalifa-haftar/" leads to no page: sitemap.xml',
      'search index holds 6 pages, the site has 5 article, actor and agreement pages: pagefind/pagefind-entry.json',
      'broken link "../../../../actors/khalifa-haftar/" (no file actors/khalifa-haftar/index.html): articles/2021/01/haftar-visit/index.html',
      'broken link "/actors/khalifa-haftar/" (no file actors/khalifa-haftar/index.html): index.html',
    ]);
  });

  it('reports a page without a content file, a page for a draft, and two pages for one file', () => {
    const files: Record<string, string> = {
      ...goodSite(),
      'actors/ghost/index.html': page('<p>ghost</p>'),
      'articles/2021/02/draft-note/index.html': page('<p>draft</p>'),
      'articles/2020/10/qatar-mou-breach.html': page('<p>again</p>'),
    };
    files['pagefind/pagefind-entry.json'] = JSON.stringify({ languages: { ar: { page_count: 9 } } });
    expect(linesOf(files)).toEqual([
      'page without a content file: actors/ghost/index.html',
      `2 pages for ${displayRoot()}articles/2020/10/qatar-mou-breach.md: articles/2020/10/qatar-mou-breach.html, articles/2020/10/qatar-mou-breach/index.html`,
      `page for a draft (${displayRoot()}articles/2021/02/draft-note.md): articles/2021/02/draft-note/index.html`,
      'not in the sitemap: articles/2020/10/qatar-mou-breach.html',
    ]);
  });

  it('reports a page missing from the sitemap, and a sitemap with no file at all', () => {
    const files = goodSite();
    files['sitemap.xml'] = sitemap([
      '/',
      ...CONTENT_PAGES.filter((sitePath) => sitePath !== 'actors/qatar/').map((sitePath) => `/${sitePath}`),
    ]);
    expect(linesOf(files)).toEqual(['not in the sitemap: actors/qatar/index.html']);
    delete files['sitemap.xml'];
    expect(linesOf(files)).toEqual(['no sitemap: sitemap.xml']);
  });

  it('reports relative sitemap URLs when SITE_URL is set, and absolute ones for another origin when it is not', () => {
    const site: SiteLocation = { origin: 'https://marsad.example.org', basePath: '/' };
    const relative = linesOf(goodSite(), site, true);
    expect(relative).toHaveLength(CONTENT_PAGES.length + 1);
    expect(relative[0]).toBe('sitemap URL "/" is not absolute though SITE_URL is set: sitemap.xml');
    const absolute = linesOf(goodSite('/', 'https://marsad.example.org'));
    expect(absolute).toContain(
      'sitemap URL "https://marsad.example.org/actors/qatar/" is not on this site (is SITE_URL the one the site was built with?): sitemap.xml',
    );
    expect(absolute).toContain('not in the sitemap: actors/qatar/index.html');
  });

  it('reports a search index whose page count differs from the pages, or that is missing', () => {
    const files = goodSite();
    files['pagefind/pagefind-entry.json'] = JSON.stringify({ languages: { ar: { page_count: 5 }, en: { page_count: 2 } } });
    expect(linesOf(files)).toEqual([
      'search index holds 7 pages, the site has 6 article, actor and agreement pages: pagefind/pagefind-entry.json',
    ]);
    delete files['pagefind/pagefind-entry.json'];
    expect(linesOf(files)).toEqual(['no search index: pagefind/pagefind-entry.json']);
  });

  it('reports an entity page that misses a backlink, and one that lists an article not about it', () => {
    const files = goodSite();
    files['actors/qatar/index.html'] = entityPage('/', [QATAR_MOU]);
    files['actors/khalifa-haftar/index.html'] = entityPage('/', [HAFTAR_VISIT, QATAR_MOU]);
    expect(linesOf(files)).toEqual([
      `backlink to ${QATAR_MOU}, which neither mentions nor names it: actors/khalifa-haftar/index.html`,
      `backlink missing to ${HAFTAR_VISIT}: actors/qatar/index.html`,
    ]);
  });

  it('reports an entity page without its backlinks list, but not links outside the list', () => {
    const files = goodSite();
    files['agreements/geneva-ceasefire-2020/index.html'] = page(`<ul class="article-list"><li><a href="/${QATAR_MOU}">t</a></li></ul>`);
    expect(linesOf(files)).toEqual([`backlink missing to ${QATAR_MOU}: agreements/geneva-ceasefire-2020/index.html`]);
  });

  it('reports a broken internal link through the link checker', () => {
    const files = goodSite();
    files['index.html'] = page('<a href="/actors/qatr/">typo</a><a href="#nowhere">x</a>');
    expect(linesOf(files)).toEqual([
      'broken link "/actors/qatr/" (no file actors/qatr/index.html): index.html',
      'broken link "#nowhere" (no element with id "nowhere" on this page): index.html',
    ]);
  });

  it('reports a content file that could not be read, since its page cannot be checked', () => {
    const root = makeContentRoot({ ...CONTENT, 'actors/broken.md': '---\nname: [unclosed\n---\n' });
    const dir = makeContentRoot(goodSite());
    const { problems } = verifySite({ dir, contentRoot: root, site: ROOT, absoluteUrls: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.what).toMatch(/^content file not read \(the frontmatter is not valid YAML/);
    expect(problems[0]?.where).toMatch(/actors\/broken\.md:\d+:\d+$/);
  });

  it('reads the files as they are now, not as a previous run found them', () => {
    const dir = makeContentRoot(goodSite());
    const options = { dir, contentRoot, site: ROOT, absoluteUrls: false };
    expect(verifySite(options).problems).toEqual([]);
    rmSync(path.join(dir, 'actors/qatar/index.html'));
    writeFileSync(path.join(dir, 'sitemap.xml'), sitemap([]));
    expect(verifySite(options).problems.map(formatVerifyProblem).slice(0, 2)).toEqual([
      `no page for ${displayRoot()}actors/qatar.md: actors/qatar/index.html`,
      `not in the sitemap: ${QATAR_MOU}index.html`,
    ]);
  });
});

/** How content files are named in messages: relative to the working directory, as contributors type them. */
function displayRoot(): string {
  const relative = path.relative(process.cwd(), contentRoot);
  return `${(relative.startsWith('..') ? contentRoot : relative).split(path.sep).join('/')}/`;
}

describe('verifySite with redirects and a previous build', () => {
  const renamedRoot = makeContentRoot({
    ...CONTENT,
    'articles/2021/01/haftar-visit.md': CONTENT['articles/2021/01/haftar-visit.md']!.replace(
      'summary:',
      'redirect_from: [2021/01/old-visit]\nsummary:',
    ),
  });
  const redirectPage = (to: string) => page(`<meta http-equiv="refresh" content="0; url=${to}"><a href="${to}">x</a>`);
  const withRedirect = (): Record<string, string> => ({
    ...goodSite(),
    'articles/2021/01/old-visit/index.html': redirectPage(`/${HAFTAR_VISIT}`),
  });
  const run = (files: Record<string, string>, against?: string) =>
    verifySite({ dir: makeContentRoot(files), contentRoot: renamedRoot, site: ROOT, absoluteUrls: false, against });

  it('counts a redirect page as a redirect, not as a page without a content file', () => {
    const report = run(withRedirect());
    expect(report.problems).toEqual([]);
    expect(report.redirects).toBe(1);
  });

  it('reports a missing redirect page, and one that leads elsewhere', () => {
    expect(run(goodSite()).problems.map(formatVerifyProblem)).toEqual([
      'no redirect page for the old id 2021/01/old-visit: articles/2021/01/old-visit/index.html',
    ]);
    const wrong = { ...goodSite(), 'articles/2021/01/old-visit/index.html': redirectPage(`/${QATAR_MOU}`) };
    expect(run(wrong).problems.map(formatVerifyProblem)).toEqual([
      `redirect page does not lead to /${HAFTAR_VISIT}: articles/2021/01/old-visit/index.html`,
    ]);
  });

  it('passes when every URL of the previous build exists or redirects, and names each that does neither', () => {
    const previous = makeContentRoot({
      'sitemap.xml': sitemap([
        'https://marsad.example.org/',
        `https://marsad.example.org/${QATAR_MOU}`,
        'https://marsad.example.org/articles/2021/01/old-visit/',
      ]),
      'gone.txt': `# paths of an older build\n/${QATAR_MOU}\n/articles/2019/01/deleted/\n/actors/old-qatar/\n`,
    });
    const files = withRedirect();
    const report = run(files, path.join(previous, 'sitemap.xml'));
    expect(report.problems).toEqual([]);
    expect(report.previousUrls).toBe(3);
    // A rule in _redirects counts as well as a page.
    files['_redirects'] = '/actors/old-qatar/ /actors/qatar/ 301\n';
    expect(run(files, path.join(previous, 'gone.txt')).problems.map(formatVerifyProblem)).toEqual([
      `previous URL "/articles/2019/01/deleted/" neither exists nor redirects: ${path.join(previous, 'gone.txt')}`,
    ]);
  });
});
