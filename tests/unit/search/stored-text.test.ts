import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { searchSource } from '../../../src/lib/search/source.ts';
import { ChangedTextError, readStoredBody } from '../../../src/lib/search/stored-text.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const SETTINGS = { locale: 'ar-LY', hijri: false };

describe('readStoredBody', () => {
  it('reads again, from its file, the body the site index read of every published article', () => {
    const site = loadSiteIndex(path.resolve('content'));
    const { articles } = searchSource(site, SETTINGS);
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) expect(readStoredBody(article.text, article.data)).toBe(site.articles.get(article.id)?.body);
  });

  it('reads a file written with a byte order mark and Windows line ends as the index read it', () => {
    const article = VALID_FILES['articles/2020/10/qatar-mou-breach.md'] ?? '';
    const root = makeContentRoot({ ...VALID_FILES, 'articles/2020/10/qatar-mou-breach.md': `\uFEFF${article.replaceAll('\n', '\r\n')}` });
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const [stored] = searchSource(loadSiteIndex(root), SETTINGS).articles;
    if (!stored) throw new Error('no article');
    expect(readStoredBody(stored.text, stored.data)).toBe(
      '\nاعتبرت قوات حفتر أن مذكرة التفاهم مع قطر خرق لاتفاق وقف إطلاق النار الدائم.\n',
    );
  });

  it('refuses a file that changed or went away after the site index read it, naming it', () => {
    const root = makeContentRoot(VALID_FILES);
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const [stored] = searchSource(loadSiteIndex(root), SETTINGS).articles;
    if (!stored) throw new Error('no article');
    const file = path.join(root, 'articles/2020/10/qatar-mou-breach.md');
    const original = VALID_FILES['articles/2020/10/qatar-mou-breach.md'] ?? '';

    // The same length, one word changed: only the digest tells.
    writeFileSync(file, original.replace('مذكرة التفاهم', 'مذكرة التعاهد'));
    expect(() => readStoredBody(stored.text, stored.data)).toThrow(ChangedTextError);
    expect(() => readStoredBody(stored.text, stored.data)).toThrow(`${stored.text.displayPath}: the file changed`);

    writeFileSync(file, original.replace('date: 2020-10-26', 'date: 2020-10-27'));
    expect(() => readStoredBody(stored.text, { ...stored.data, date: '2020-10-27' })).toThrow(ChangedTextError);

    writeFileSync(file, original);
    expect(readStoredBody(stored.text, stored.data)).toContain('مذكرة التفاهم');

    unlinkSync(file);
    expect(() => readStoredBody(stored.text, stored.data)).toThrow(ChangedTextError);
  });
});
