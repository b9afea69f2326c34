import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from '../../../../src/lib/verify/links/char-refs.ts';
import { scanStartTags } from '../../../../src/lib/verify/links/html-scan.ts';

const tags = (html: string) => scanStartTags(html).map((tag) => [tag.name, Object.fromEntries(tag.attributes)]);

describe('scanStartTags', () => {
  it('reads double-quoted, single-quoted, bare and empty attributes', () => {
    expect(tags(`<a href="/x/" title='t' data-n=3 hidden>`)).toEqual([['a', { href: '/x/', title: 't', 'data-n': '3', hidden: '' }]]);
  });

  it('lower-cases tag and attribute names but not values', () => {
    expect(tags('<A HREF="/X/">')).toEqual([['a', { href: '/X/' }]]);
  });

  it('keeps the first of two attributes with the same name', () => {
    expect(tags('<a href="/first/" href="/second/">')).toEqual([['a', { href: '/first/' }]]);
  });

  it('allows spaces around = and a > inside a quoted value', () => {
    expect(tags('<img alt = "a > b" src = "/i.png" >')).toEqual([['img', { alt: 'a > b', src: '/i.png' }]]);
  });

  it('ends a bare value at > and reads self-closing tags', () => {
    expect(tags('<a href=/x/>text</a><br/><img src="/i.png"/>')).toEqual([
      ['a', { href: '/x/' }],
      ['br', {}],
      ['img', { src: '/i.png' }],
    ]);
  });

  it('decodes character references in values', () => {
    expect(tags('<a href="/search/?q=1&amp;type=&#1582;&#x628;&#x631;">')).toEqual([['a', { href: '/search/?q=1&type=خبر' }]]);
  });

  it('skips comments, doctypes, CDATA and end tags', () => {
    const html = '<!DOCTYPE html><!-- <a href="/in-comment/"> --><![CDATA[ <a href="/cdata/"> ]]></p title=">"><p id="x">';
    expect(tags(html)).toEqual([['p', { id: 'x' }]]);
  });

  it('does not read markup inside script, style and textarea', () => {
    const html =
      '<script>document.write(\'<a href="/in-script/">\')</script><style>a[href="/s/"]{}</style><textarea><img src="/t.png"></textarea><a href="/after/">';
    expect(tags(html).map(([name]) => name)).toEqual(['script', 'style', 'textarea', 'a']);
    expect(tags(html).at(-1)).toEqual(['a', { href: '/after/' }]);
  });

  it('ends raw text only at the matching end tag, in any case', () => {
    expect(tags('<SCRIPT src="/a.js">let s = "</scripts>";</Script><a href="/b/">')).toEqual([
      ['script', { src: '/a.js' }],
      ['a', { href: '/b/' }],
    ]);
  });

  it('treats a < that starts no tag as text', () => {
    expect(tags('<p>1 < 2 and a<-b</p><a href="/x/">')).toEqual([
      ['p', {}],
      ['a', { href: '/x/' }],
    ]);
  });

  it('survives a document cut off in the middle of a tag or comment', () => {
    expect(tags('<a href="/x/')).toEqual([['a', { href: '/x/' }]]);
    expect(tags('<p><!-- never closed <a href="/y/">')).toEqual([['p', {}]]);
  });

  it('gives back any attribute value that was escaped the way Astro escapes it', () => {
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('a', 'img', 'link'), (value, name) => {
        const [tag] = scanStartTags(`<p>x</p><${name} class="c" data-v="${escape(value)}">`).slice(1);
        expect(tag?.attributes.get('data-v')).toBe(value);
      }),
    );
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes known named and numeric references', () => {
    expect(decodeCharacterReferences('&lt;&gt;&quot;&apos;&amp;&#65;&#x41;&#X642;')).toBe('<>"\'&AAق');
  });

  it('keeps unknown names and a legacy name followed by = or a letter, as HTML does in attributes', () => {
    expect(decodeCharacterReferences('?a=1&copy=2&ampx&unknown;')).toBe('?a=1&copy=2&ampx&unknown;');
    expect(decodeCharacterReferences('?a=1&amp=2')).toBe('?a=1&amp=2');
    expect(decodeCharacterReferences('a &amp b')).toBe('a & b');
  });

  it('replaces impossible code points with U+FFFD', () => {
    expect(decodeCharacterReferences('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});
