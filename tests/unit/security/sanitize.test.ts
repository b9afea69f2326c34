import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../../src/lib/linking/outbound.ts';
import { mayHoldRawHtml, sanitizeHtml } from '../../../src/lib/security/sanitize.ts';

const clean = (html: string) => sanitizeHtml(html, 'https://marsad.example.org');

describe('raw HTML against the allow-list', () => {
  it('drops scripts, styles, frames, objects and forms with their content', () => {
    expect(clean('<p>a<script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><object data="x"></object>b</p>')).toBe(
      '<p>ab</p>',
    );
    expect(clean('<form action="/x"><button>go</button></form>')).toBe('go');
  });
  it('drops event handlers and style attributes, keeps harmless markup', () => {
    expect(clean('<b onclick="x()" style="color:red">غامق</b><sup>1</sup><mark>m</mark>')).toBe('<b>غامق</b><sup>1</sup><mark>m</mark>');
  });
  it('drops javascript:, data: and mixed-case tricks, keeps web and site links', () => {
    expect(clean('<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="/actors/qatar/">c</a>')).toBe(
      '<a>a</a><a>b</a><a href="/actors/qatar/">c</a>',
    );
    expect(
      clean(
        '<img src="data:image/png;base64,AA" alt="x"><img src="http://example.org/a.png" alt="y"><img src="https://example.org/a.png" alt="z"><img src="/a.png" alt="w">',
      ),
    ).toBe('<img alt="x"><img alt="y"><img src="https://example.org/a.png" alt="z"><img src="/a.png" alt="w">');
  });
  it('keeps heading anchors and entity links, drops ids elsewhere', () => {
    expect(clean('<h2 id="x">t</h2><div id="entity-previews">d</div>')).toBe('<h2 id="x">t</h2><div>d</div>');
    expect(clean('<a href="/actors/qatar/" class="entity-link" data-entity="actors/qatar" aria-label="قطر">قطر</a>')).toBe(
      '<a href="/actors/qatar/" class="entity-link" data-entity="actors/qatar" aria-label="قطر">قطر</a>',
    );
  });
  it('marks links that leave the site', () => {
    expect(clean('<a href="https://news.example.com/">n</a><a href="https://marsad.example.org/x/">s</a>')).toBe(
      '<a href="https://news.example.com/" rel="noopener noreferrer">n</a><a href="https://marsad.example.org/x/">s</a>',
    );
    expect(isExternalHref('//cdn.example.com/x', 'https://marsad.example.org')).toBe(true);
    expect(isExternalHref('/x', undefined)).toBe(false);
  });
  it('only Markdown with a "<" can hold raw HTML', () => {
    expect(mayHoldRawHtml('نص **غامق**')).toBe(false);
    expect(mayHoldRawHtml('نص <b>غامق</b>')).toBe(true);
  });
});
