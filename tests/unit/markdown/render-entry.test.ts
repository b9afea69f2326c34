import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettings } from '../../../src/lib/config/site-settings.ts';
import { renderEntryHtml } from '../../../src/lib/markdown/render.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const root = makeContentRoot(VALID_FILES);
const SITE_URL = 'https://marsad.example.org';
const article = (body: string) => ({ file: path.join(root, 'articles/2020/10/qatar-mou-breach.md'), body, data: {} });
const actor = (body: string) => ({ file: path.join(root, 'actors/qatar.md'), body, data: {} });

describe('renderEntryHtml', () => {
  const settings = readSiteSettings({ SITE_URL });

  it('links the first mention of each entity and leaves the rest as text', async () => {
    const html = await renderEntryHtml(article('قطر ثم قطر، وقوات حفتر.'), settings, root);
    expect(html.trimEnd()).toBe(
      '<p><a href="/actors/qatar/" class="entity-link" data-entity="actors/qatar">قطر</a> ثم قطر، و<a href="/actors/libyan-national-army/" class="entity-link" data-entity="actors/libyan-national-army" aria-label="قوات حفتر (الجيش الوطني الليبي)">قوات حفتر</a>.</p>',
    );
  });

  it('never links an entity description to its own page', async () => {
    const html = await renderEntryHtml(actor('قطر تدعم خليفة حفتر.'), settings, root);
    expect(html).not.toContain('data-entity="actors/qatar"');
    expect(html).toContain('data-entity="actors/khalifa-haftar"');
  });

  it('removes scripts, event handlers and insecure images from raw HTML', async () => {
    const html = await renderEntryHtml(
      article('قطر <script>alert(1)</script><b onclick="steal()">بيان</b>\n\n<img src="http://tracker.example/p.png" onerror="steal()">'),
      settings,
      root,
    );
    expect(html).not.toMatch(/script|alert|onclick|onerror|steal|tracker/);
    expect(html).toContain('<b>بيان</b>');
    expect(html).toContain('data-entity="actors/qatar"');
  });

  it('keeps the entity links and the outbound rel through the sanitiser', async () => {
    const html = await renderEntryHtml(
      article('قطر <a href="https://example.org/">مصدر</a> <a href="javascript:alert(1)">رابط</a>'),
      settings,
      root,
    );
    expect(html).toContain('<a href="/actors/qatar/" class="entity-link" data-entity="actors/qatar">قطر</a>');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">مصدر</a>');
    expect(html).not.toContain('javascript:');
  });

  it('links alike with either processor', async () => {
    const body = 'قطر <em>والجيش الوطني الليبي</em> وقوات حفتر، ثم <i>قطر</i>.';
    const unified = await renderEntryHtml(article(body), readSiteSettings({ SITE_URL, MARSAD_MARKDOWN: 'unified' }), root);
    expect(unified).toContain('data-entity=');
    // Only the final newline differs: one processor ends its HTML with one, the other does not.
    expect((await renderEntryHtml(article(body), settings, root)).trimEnd()).toBe(unified.trimEnd());
  });
});
