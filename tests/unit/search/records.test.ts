import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYS_MARK } from '../../../src/lib/search/excerpt.ts';
import { block, bodyDigest, weighted, type SearchRecord } from '../../../src/lib/search/records.ts';
import { sourceItems } from '../../../src/lib/search/shards.ts';
import { searchSource } from '../../../src/lib/search/source.ts';
import { searchKey } from '../../../src/lib/search/terms.ts';
import { loadSiteIndex } from '../../../src/lib/site-index.ts';

/** The text Pagefind keeps of a digest: its words, markers gone, as parse_digest rebuilds it. */
const words = (digest: string) =>
  digest
    .split(/\s+/u)
    .filter((word) => word !== '' && !word.startsWith('___'))
    .join(' ');

describe('a Markdown body as Pagefind read its HTML', () => {
  it('closes paragraphs and list items with a full stop, unless they end in punctuation', () => {
    expect(words(bodyDigest('أول فقرة\n\nثانية؟\n\n- بند\n- آخر'))).toBe('أول فقرة. ثانية؟ بند. آخر.');
  });
  it('weights headings as h1…h6 (8 − depth) and keeps their words', () => {
    const digest = bodyDigest('## من هو القائد؟\n\nنص');
    expect(digest).toMatch(/___PAGEFIND_AUTO_WEIGHT___6 +من هو القائد؟ +___END_PAGEFIND_WEIGHT___/u);
    expect(words(digest)).toBe('من هو القائد؟ نص.');
  });
  it('leaves a table header row unclosed (<th>) and closes body cells (<td>)', () => {
    expect(words(bodyDigest('| التاريخ | الحدث |\n| --- | --- |\n| 17 ديسمبر | توقيع |'))).toBe('التاريخ الحدث 17 ديسمبر. توقيع.');
  });
  it('adds no words for raw HTML or images, and keeps link and code text', () => {
    expect(words(bodyDigest('قبل <b>x</b> [رابط](https://example.org) `رمز` ![صورة](a.png)'))).toBe('قبل x رابط رمز.');
  });
  it('defuses text that reads as a Pagefind marker', () => {
    expect(bodyDigest('___PAGEFIND_WEIGHT___9 كلمة')).not.toContain('___PAGEFIND_WEIGHT___');
  });
  it('wraps text in the markers Pagefind writes for a heading', () => {
    expect(weighted(7, block('عنوان'))).toBe(' ___PAGEFIND_AUTO_WEIGHT___7  عنوان.  ___END_PAGEFIND_WEIGHT___ ');
  });
});

describe('the records of the demo content', () => {
  const records = sourceItems(searchSource(loadSiteIndex(path.resolve('content')), { locale: 'ar-LY', hijri: false })).map((item) =>
    item.record(),
  );
  const byUrl = new Map<string, SearchRecord>(records.map((record) => [record.url, record]));

  it('has one record per published article and per entity page, at its URL without the base path', () => {
    expect(records.length).toBe(new Set(records.map((record) => record.url)).size);
    expect(byUrl.has('/articles/2015/03/haftar-appointed-commander/')).toBe(true);
    expect(byUrl.has('/actors/joint-military-commission/')).toBe(true);
  });

  it('gives an article its title (weighted), date line, summary and body before ⁂, and its keys after', () => {
    const record = byUrl.get('/articles/2015/03/haftar-appointed-commander/');
    expect(record?.meta).toEqual({ title: 'مجلس النواب يسند إلى خليفة حفتر قيادة القوات التابعة له', date: '2015-03-02' });
    expect(record?.filters['type']).toEqual(['خبر']);
    expect(record?.filters['year']).toEqual(['2015']);
    expect(record?.filters['actor']).toContain('خليفة حفتر');
    const [visible = '', keys = ''] = (record?.content ?? '').split(KEYS_MARK);
    expect(visible).toMatch(/^ ___PAGEFIND_AUTO_WEIGHT___7 +مجلس النواب يسند/u);
    expect(words(visible)).toContain('له. 2 مارس 2015. أعلن مجلس النواب');
    // The keys are searchable, but only after the mark, where excerpts stop.
    expect(keys.split(/\s+/u)).toContain(searchKey('قيادة'));
    expect(visible.split(/\s+/u)).toContain('قيادة');
    expect(visible.split(/\s+/u)).not.toContain(searchKey('قيادة'));
  });

  it('gives an entity its kind, name (weighted) and description, without the infobox', () => {
    const record = byUrl.get('/actors/joint-military-commission/');
    expect(record?.meta).toEqual({ title: 'اللجنة العسكرية المشتركة 5+5' });
    expect(record?.filters).toEqual({ type: ['فاعل'], actor: ['اللجنة العسكرية المشتركة 5+5'] });
    expect(words(record?.content ?? '')).toMatch(/^جهة أخرى\. اللجنة العسكرية المشتركة 5\+5\. لجنة عسكرية/u);
  });
});
