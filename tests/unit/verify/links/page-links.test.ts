import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../src/lib/verify/links/page-links.ts';
import { srcsetUrls } from '../../../../src/lib/verify/links/srcset.ts';

describe('srcsetUrls', () => {
  it('splits candidates with width and density descriptors', () => {
    expect(srcsetUrls('/a-400.png 400w, /a-800.png 800w,/a.png')).toEqual(['/a-400.png', '/a-800.png', '/a.png']);
  });

  it('keeps commas inside a URL and splits on the commas that end one', () => {
    expect(srcsetUrls('/img/a,b.png 1x, /c.png,, /d.png 2x')).toEqual(['/img/a,b.png', '/c.png', '/d.png']);
    // As in HTML: without a space after it, a comma is part of the URL.
    expect(srcsetUrls('/c.png,/d.png 2x')).toEqual(['/c.png,/d.png']);
  });

  it('does not split on a comma inside descriptor parentheses', () => {
    expect(srcsetUrls('/a.png f(1, 2), /b.png')).toEqual(['/a.png', '/b.png']);
  });

  it('is empty for a blank value', () => {
    expect(srcsetUrls('  , ')).toEqual([]);
  });
});

describe('readPage', () => {
  it('collects the URL attributes of every kind of element', () => {
    const html = [
      '<link rel="stylesheet" href="/s.css"><script src="/a.js"></script>',
      '<a href="/x/">x</a><img src="/i.png" srcset="/i-2x.png 2x"><picture><source srcset="/p.webp"></picture>',
      '<video poster="/v.jpg"><track src="/t.vtt"></video><form action="/search/"><button formaction="/go/"></button></form>',
      '<link rel="preload" as="image" imagesrcset="/pre.png 1x"><object data="/o.svg"></object>',
      '<svg><use xlink:href="/sprite.svg#i"></use></svg>',
    ].join('');
    expect(readPage(html).links.map(({ attribute, url }) => `${attribute} ${url}`)).toEqual([
      'href /s.css',
      'src /a.js',
      'href /x/',
      'src /i.png',
      'srcset /i-2x.png',
      'srcset /p.webp',
      'poster /v.jpg',
      'src /t.vtt',
      'action /search/',
      'formaction /go/',
      'imagesrcset /pre.png',
      'data /o.svg',
      'xlink:href /sprite.svg#i',
    ]);
  });

  it('reads the target of a meta refresh, as on a redirect page', () => {
    expect(readPage('<meta http-equiv="Refresh" content="0;url=/new/">').links).toEqual([
      { attribute: 'http-equiv=refresh', url: '/new/' },
    ]);
    expect(readPage(`<meta http-equiv="refresh" content="2; URL='/q/'">`).links).toEqual([{ attribute: 'http-equiv=refresh', url: '/q/' }]);
    expect(readPage('<meta http-equiv="refresh" content="30">').links).toEqual([]);
  });

  it('offers every id and the name of an a element as anchors, not other names', () => {
    const { anchors } = readPage('<h2 id="قسم">x</h2><a name="old"></a><input name="q"><div id=""></div>');
    expect([...anchors].sort()).toEqual(['old', 'قسم']);
  });

  it('takes the first base href as the base and not as a link', () => {
    const facts = readPage('<base href="/root/"><base href="/other/"><a href="x/">');
    expect(facts.base).toBe('/root/');
    expect(facts.links).toEqual([{ attribute: 'href', url: 'x/' }]);
  });
});
