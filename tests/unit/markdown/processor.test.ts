import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSiteSettings, type SiteSettings } from '../../../src/lib/config/site-settings.ts';
import { markdownProcessor } from '../../../src/lib/markdown/processor.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const root = makeContentRoot(VALID_FILES);
const SITE_URL = 'https://marsad.example.org';
const ARTICLE = path.join(root, 'articles/2020/10/qatar-mou-breach.md');
const BODY =
  'اعتبرت قوات حفتر أن مذكرة التفاهم مع قطر خرق. وقالت قطر إن [المصدر](https://pax.peaceagreements.org/) و[الصفحة](https://marsad.example.org/graph/) واضحان.';

async function render(settings: SiteSettings, markdown = BODY): Promise<string> {
  const { syntaxHighlight, shikiConfig, gfm, smartypants } = markdownConfigDefaults;
  const renderer = await markdownProcessor(settings, root).createRenderer({ syntaxHighlight, shikiConfig, gfm, smartypants });
  return (await renderer.render(markdown, { fileURL: pathToFileURL(ARTICLE), frontmatter: {} })).code;
}

const entityLinks = (html: string): string[] =>
  [...html.matchAll(/<a href="([^"]*)"[^>]*data-entity="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(
    ([, href, entity, text]) => `${entity} ${href} ${text}`,
  );

describe('markdownProcessor', () => {
  it('is Sätteri by default and unified when MARSAD_MARKDOWN asks for it', () => {
    expect(markdownProcessor(readSiteSettings({}), root).name).toBe('satteri');
    expect(markdownProcessor(readSiteSettings({ MARSAD_MARKDOWN: 'unified' }), root).name).toBe('unified');
  });

  it('links the first mention of each entity, under the base path', async () => {
    const html = await render(readSiteSettings({ BASE_PATH: 'marsad' }));
    expect(entityLinks(html)).toEqual([
      'actors/libyan-national-army /marsad/actors/libyan-national-army/ قوات حفتر',
      'actors/qatar /marsad/actors/qatar/ قطر',
    ]);
  });

  it('links every mention with MARSAD_AUTOLINK=all and none with none', async () => {
    expect(entityLinks(await render(readSiteSettings({ MARSAD_AUTOLINK: 'all' })))).toHaveLength(3);
    expect(entityLinks(await render(readSiteSettings({ MARSAD_AUTOLINK: 'none' })))).toEqual([]);
  });

  it('gives links that leave SITE_URL the outbound rel, and links within it none', async () => {
    const html = await render(readSiteSettings({ SITE_URL }));
    expect(html).toContain('<a href="https://pax.peaceagreements.org/" rel="noopener noreferrer">');
    expect(html).toContain('<a href="https://marsad.example.org/graph/">');
  });

  it('renders the same HTML with unified as with Sätteri', async () => {
    for (const env of [{}, { MARSAD_AUTOLINK: 'all' }, { BASE_PATH: '/archive/', SITE_URL }]) {
      const satteri = await render(readSiteSettings(env));
      expect(entityLinks(satteri)).not.toEqual([]);
      // Only the final newline differs: Sätteri ends its HTML with one, unified does not.
      expect((await render(readSiteSettings({ ...env, MARSAD_MARKDOWN: 'unified' }))).trimEnd()).toBe(satteri.trimEnd());
    }
  });
});
