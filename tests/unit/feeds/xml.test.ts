import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rfc822 } from '../../../src/lib/feeds/dates.ts';
import { feedLinks } from '../../../src/lib/feeds/paths.ts';
import { escapeXml, renderXml, textNode } from '../../../src/lib/feeds/xml.ts';

describe('escapeXml', () => {
  it('escapes markup characters in text and attributes', () => {
    expect(escapeXml(`a & b <c> "d" 'e'`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });
  it('drops characters XML cannot carry and keeps Arabic, tabs, line breaks and astral characters', () => {
    expect(escapeXml('قطر\u0000\u0008\uFFFE\uD800 ok\t\n\r😀')).toBe('قطر ok\t\n\r😀');
  });
});

describe('renderXml', () => {
  it('writes a document a parser reads back to the same text', () => {
    const hostile = 'حفتر </x> & <![CDATA[ ]]> "q"';
    const xml = renderXml({ name: 'root', attributes: { label: hostile }, children: [textNode('a', hostile), { name: 'empty' }] });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml.endsWith('\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed: { root: { a: string; '@_label': string } } = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      trimValues: false,
    }).parse(xml);
    expect(parsed.root.a).toBe(hostile);
    expect(parsed.root['@_label']).toBe(hostile);
  });
});

describe('rfc822', () => {
  it('writes the day at 00:00 UTC', () => {
    expect(rfc822('2020-10-26')).toBe('Mon, 26 Oct 2020 00:00:00 GMT');
    expect(rfc822('2015-03-02')).toBe('Mon, 02 Mar 2015 00:00:00 GMT');
  });
  it('refuses what is not a day', () => {
    expect(() => rfc822('2020-13-01')).toThrow(RangeError);
    expect(() => rfc822('26/10/2020')).toThrow(RangeError);
  });
});

describe('feed discovery links', () => {
  it('offer the site feed, and on an entity page its own feed, under the base path', () => {
    expect(feedLinks('/')).toEqual([{ href: '/feed.xml', title: 'مرصد' }]);
    expect(feedLinks('/marsad/', { collection: 'agreements', id: 'geneva-ceasefire-2020', name: 'اتفاق جنيف' })).toEqual([
      { href: '/marsad/feed.xml', title: 'مرصد' },
      { href: '/marsad/agreements/geneva-ceasefire-2020/feed.xml', title: 'اتفاق جنيف — مرصد' },
    ]);
  });
});
