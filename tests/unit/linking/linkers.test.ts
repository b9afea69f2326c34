import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import { buildRegistry, createEntityMatcher } from '../../../src/lib/entities/registry.ts';
import { planDocumentLinks, type AutolinkMode, type EntityLinkOptions, type LinkPlanner } from '../../../src/lib/linking/plan.ts';
import { remarkEntityLinks, remarkExternalLinks } from '../../../src/lib/linking/remark.ts';
import { satteriEntityLinks, satteriExternalLinks } from '../../../src/lib/linking/satteri.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const root = makeContentRoot(VALID_FILES);
const SITE_URL = 'https://marsad.example.org';
const corpus = loadCorpus(root);
const registry = buildRegistry(corpus);
const matcher = createEntityMatcher(registry);

interface RenderOptions {
  mode?: AutolinkMode;
  file?: string;
  frontmatter?: Record<string, unknown>;
  basePath?: string;
}

type Render = (markdown: string, options?: RenderOptions) => Promise<string>;

/** The two Markdown processors Astro offers, each with our linker, rendering to HTML. */
const processors: Array<[string, Render]> = [
  [
    'unified (remark plugin)',
    async (markdown, { mode = 'first', file = 'articles/x.md', frontmatter = {}, basePath = '/' } = {}) => {
      const options: EntityLinkOptions = { site: () => ({ registry, matcher }), contentRoot: root, basePath, mode };
      const renderer = await createMarkdownProcessor({
        syntaxHighlight: false,
        remarkPlugins: [
          [remarkEntityLinks, options],
          [remarkExternalLinks, SITE_URL],
        ],
      });
      return (await renderer.render(markdown, { fileURL: pathToFileURL(path.join(root, file)), frontmatter })).code;
    },
  ],
  [
    'Sätteri (mdast plugin)',
    async (markdown, { mode = 'first', file = 'articles/x.md', frontmatter = {}, basePath = '/' } = {}) => {
      const options: EntityLinkOptions = { site: () => ({ registry, matcher }), contentRoot: root, basePath, mode };
      const renderer = await createSatteriMarkdownProcessor({
        syntaxHighlight: false,
        mdastPlugins: [satteriEntityLinks(options), satteriExternalLinks(SITE_URL)],
      });
      return (await renderer.render(markdown, { fileURL: pathToFileURL(path.join(root, file)), frontmatter })).code;
    },
  ],
];

interface FoundLink {
  href: string;
  text: string;
  label: string | undefined;
}

function entityLinks(html: string): FoundLink[] {
  return [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].flatMap(([, attributes = '', text = '']) => {
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
    return attribute('data-entity') ? [{ href: attribute('href') ?? '', text, label: attribute('aria-label') }] : [];
  });
}

describe.each(processors)('linking under %s', (_name, render) => {
  it('links the first mention of each entity, without its proclitic', async () => {
    const html = await render('زار وفد من قطر طرابلس، ثم عاد الوفد إلى قطر ولقطر موقف.');
    expect(entityLinks(html)).toEqual([{ href: '/actors/qatar/', text: 'قطر', label: undefined }]);
    expect(html).toContain('ثم عاد الوفد إلى قطر ولقطر موقف.');
  });
  it('keeps the text around the link exactly', async () => {
    expect(await render('ووقّعت حكومة طرابلس مع الدوحة اتفاقاً.')).toMatch(
      /<p>ووقّعت حكومة طرابلس مع <a [^>]*href="\/actors\/qatar\/"[^>]*>الدوحة<\/a> اتفاقاً.<\/p>/,
    );
  });
  it('marks the link for styling and names the entity when the text is a short alias', async () => {
    const html = await render('قال حفتر');
    expect(entityLinks(html)).toEqual([{ href: '/actors/khalifa-haftar/', text: 'حفتر', label: 'حفتر (خليفة حفتر)' }]);
    expect(html).toMatch(/class="entity-link"/);
  });
  it('mode "all" links every mention; "none" and autolink: false link nothing', async () => {
    const text = 'قطر ثم قطر';
    expect(entityLinks(await render(text, { mode: 'all' }))).toHaveLength(2);
    expect(entityLinks(await render(text, { mode: 'none' }))).toHaveLength(0);
    expect(entityLinks(await render(text, { frontmatter: { autolink: false } }))).toHaveLength(0);
  });
  it('honours the base path', async () => {
    expect(entityLinks(await render('قطر', { basePath: '/archive/' }))[0]?.href).toBe('/archive/actors/qatar/');
  });
  it('never links in headings, code, existing links or raw HTML', async () => {
    const markdown = ['# قطر', '', '`قطر`', '', '```', 'قطر', '```', '', '[قطر](https://example.org)', '', 'نص <b>قطر *وقطر*</b> فقط'].join(
      '\n',
    );
    expect(entityLinks(await render(markdown))).toEqual([]);
  });
  it('a heading mention does not use up the first link; lists, quotes and tables are linked', async () => {
    expect(entityLinks(await render('## قطر\n\n- قطر'))).toHaveLength(1);
    expect(entityLinks(await render('> حفتر'))).toHaveLength(1);
    expect(entityLinks(await render('| الدولة |\n| --- |\n| قطر |'))).toHaveLength(1);
  });
  it('an entity description does not link to itself but links others', async () => {
    const html = await render('قطر دولة، وحفتر قائد.', { file: 'actors/qatar.md' });
    expect(entityLinks(html).map((anchor) => anchor.href)).toEqual(['/actors/khalifa-haftar/']);
  });
  it('the longer name wins: قوات حفتر links the army only', async () => {
    expect(entityLinks(await render('هاجمت قوات حفتر')).map((anchor) => anchor.href)).toEqual(['/actors/libyan-national-army/']);
  });
  it('links that leave the site get rel="noopener noreferrer"; links within it do not', async () => {
    const html = await render('[مصدر](https://news.example.com/x) و[صفحة](https://marsad.example.org/actors/) و[محلي](/actors/)');
    expect(html).toMatch(/<a href="https:\/\/news\.example\.com\/x" rel="noopener noreferrer">مصدر<\/a>/);
    expect(html).toMatch(/<a href="https:\/\/marsad\.example\.org\/actors\/">صفحة<\/a>/);
    expect(html).toMatch(/<a href="\/actors\/">محلي<\/a>/);
  });
  it('the first mention in document order is the one linked', async () => {
    const html = await render('في **قطر** اجتماع.\n\nثم قطر مرة أخرى.');
    expect(html).toMatch(/<strong><a [^>]*>قطر<\/a><\/strong>/);
    expect(entityLinks(html)).toHaveLength(1);
  });
});

/** A registry with a weak surname and a capital as a place alias, and two articles. */
const gatedRoot = makeContentRoot({
  'actors/fayez-al-sarraj.md': '---\nname: فائز السراج\nkind: person\naliases:\n  - { text: السراج, weak: true }\n---\nسياسي.\n',
  'actors/russia.md': '---\nname: روسيا\nkind: state\naliases:\n  - { text: موسكو, place: true }\n---\nدولة.\n',
  'articles/2020/01/about.md':
    '---\ntitle: لقاء\ndate: 2020-01-10\nsummary: ملخص.\n---\n\nوفد السراج يرى أن موسكو تدعم الحل، ثم التقى فائز السراج الوفد.\n',
  'articles/2020/01/other.md': '---\ntitle: أمن\ndate: 2020-01-11\nsummary: ملخص.\n---\n\nوصل السراج إلى موسكو، ورغبة موسكو واضحة.\n',
});

describe.each(processors.map(([name]) => [name]))('weak names under %s', (name) => {
  const renderFile = async (file: string, frontmatter: Record<string, unknown> = {}, body?: string): Promise<string> => {
    const options: EntityLinkOptions = { site: () => loadSiteIndex(gatedRoot), contentRoot: gatedRoot, basePath: '/', mode: 'all' };
    const source = body ?? (await import('node:fs')).readFileSync(path.join(gatedRoot, file), 'utf8').split('---\n')[2]!;
    const renderer = name.startsWith('unified')
      ? await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [[remarkEntityLinks, options]] })
      : await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [satteriEntityLinks(options)] });
    return (await renderer.render(source, { fileURL: pathToFileURL(path.join(gatedRoot, file)), frontmatter })).code;
  };

  it('links a weak name that comes before the strong one, as the site index counted it', async () => {
    const links = entityLinks(await renderFile('articles/2020/01/about.md'));
    expect(links.map((link) => [link.text, link.href])).toEqual([
      ['السراج', '/actors/fayez-al-sarraj/'],
      ['فائز السراج', '/actors/fayez-al-sarraj/'],
    ]);
  });

  it('links neither a weak name without evidence nor a capital used as a place; a capital that acts needs evidence too', async () => {
    expect(entityLinks(await renderFile('articles/2020/01/other.md'))).toEqual([]);
  });

  it('outside the content root, trusts the frontmatter and the strong names met so far', async () => {
    const listed = await renderFile('elsewhere.md', { actors: ['russia'] }, 'ورغبة موسكو واضحة ووفد السراج');
    expect(entityLinks(listed).map((link) => link.href)).toEqual(['/actors/russia/']);
  });
});

/** An article whose entities are all linked before its end, and one with a heading-only mention. */
const finishedRoot = makeContentRoot({
  'actors/qatar.md': '---\nname: قطر\nkind: state\n---\nدولة.\n',
  'actors/russia.md': '---\nname: روسيا\nkind: state\n---\nدولة.\n',
  'actors/turkey.md': '---\nname: تركيا\nkind: state\n---\nدولة.\n',
  'articles/2020/01/both.md':
    '---\ntitle: لقاء\ndate: 2020-01-10\nsummary: ملخص.\n---\n\n## روسيا\n\nاجتماع في قطر.\n\nثم زارت روسيا قطر.\n\nقطر وروسيا.\n',
  'articles/2020/01/heading.md': '---\ntitle: لقاء\ndate: 2020-01-11\nsummary: ملخص.\n---\n\n## روسيا\n\nاجتماع في قطر.\n\nوبعده قطر.\n',
});

describe('a scanned document, linking first mentions', () => {
  const site = loadSiteIndex(finishedRoot);
  const planFor = (file: string, mode: AutolinkMode = 'first', source = site.evidence?.(path.join(finishedRoot, file))?.scanned) =>
    planDocumentLinks(
      { site: () => site, contentRoot: finishedRoot, basePath: '/', mode },
      { filePath: path.join(finishedRoot, file), frontmatter: {}, source },
    )!;
  const linkedKeys = (pieces: ReturnType<LinkPlanner>) =>
    (pieces ?? []).flatMap((piece) => (piece.type === 'link' ? [String(piece.data?.hProperties?.['dataEntity'])] : []));

  it('is finished once every entity the index found outside headings is linked, and then plans nothing', () => {
    const plan = planFor('articles/2020/01/both.md');
    expect(linkedKeys(plan('اجتماع في قطر.'))).toEqual(['actors/qatar']);
    expect(plan.finished()).toBe(false);
    expect(linkedKeys(plan('ثم زارت روسيا قطر.'))).toEqual(['actors/russia']);
    expect(plan.finished()).toBe(true);
    // Text the index did not scan (no such paragraph is in the file) is not even matched.
    expect(plan('قطر وتركيا.')).toBeUndefined();
  });

  it('is not finished by a mention the headings alone hold, nor in mode "all", nor outside the content root', () => {
    const heading = planFor('articles/2020/01/heading.md');
    expect(linkedKeys(heading('اجتماع في قطر.'))).toEqual(['actors/qatar']);
    expect(heading.finished()).toBe(true);
    const all = planFor('articles/2020/01/both.md', 'all');
    all('اجتماع في قطر.');
    all('ثم زارت روسيا قطر.');
    expect(all.finished()).toBe(false);
    expect(linkedKeys(all('قطر وروسيا.'))).toEqual(['actors/qatar', 'actors/russia']);
    const outside = planFor('../elsewhere.md');
    outside('اجتماع في قطر وروسيا.');
    expect(outside.finished()).toBe(false);
  });

  it('matches to the end a text other than the one the index scanned (the file edited since)', () => {
    const edited = planFor('articles/2020/01/both.md', 'first', 'اجتماع في قطر.\n\nثم زارت روسيا قطر.\n\nوتركيا.\n');
    edited('اجتماع في قطر.');
    edited('ثم زارت روسيا قطر.');
    expect(edited.finished()).toBe(false);
    expect(linkedKeys(edited('وتركيا.'))).toEqual(['actors/turkey']);
  });

  it.each(processors.map(([name]) => [name]))('renders the same links under %s as it would without stopping', async (name) => {
    const options: EntityLinkOptions = { site: () => site, contentRoot: finishedRoot, basePath: '/', mode: 'first' };
    const renderer = name.startsWith('unified')
      ? await createMarkdownProcessor({ syntaxHighlight: false, remarkPlugins: [[remarkEntityLinks, options]] })
      : await createSatteriMarkdownProcessor({ syntaxHighlight: false, mdastPlugins: [satteriEntityLinks(options)] });
    const file = path.join(finishedRoot, 'articles/2020/01/both.md');
    const body = '## روسيا\n\nاجتماع في قطر.\n\nثم زارت روسيا قطر.\n\nقطر وروسيا.\n';
    const html = (await renderer.render(body, { fileURL: pathToFileURL(file), frontmatter: {} })).code;
    expect(entityLinks(html).map((link) => [link.text, link.href])).toEqual([
      ['قطر', '/actors/qatar/'],
      ['روسيا', '/actors/russia/'],
    ]);
  });
});
