/**
 * Raw HTML written into an article is cleaned against an allow-list
 * (hast-util-sanitize, from GitHub's rules, tightened): no script, style,
 * iframe, object or form, no event-handler attributes, no javascript: or data:
 * URLs; images only over https or from the site itself.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { isExternalHref, EXTERNAL_REL } from '../linking/outbound.ts';
import { htmlNesting, MAX_HTML_NESTING } from '../markdown/nesting.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;
const CLOBBERING = new Set(['id', 'name']);

/** GitHub's schema, with ids kept only on headings (their anchors) and our entity-link attributes. */
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'mark', 'bdi', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.['a'] ?? []).filter((attribute) => !(Array.isArray(attribute) && attribute[0] === 'className')),
      ['className', 'entity-link', 'data-footnote-backref'],
      'dataEntity',
      'ariaLabel',
    ],
    ...Object.fromEntries(HEADINGS.map((heading) => [heading, [...(defaultSchema.attributes?.[heading] ?? []), 'id']])),
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => typeof attribute !== 'string' || !CLOBBERING.has(attribute)),
  },
  clobber: [],
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['https'] },
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title'],
};

/** Whether rendered HTML can hold anything the Markdown renderer did not write itself. */
export function mayHoldRawHtml(markdown: string): boolean {
  return markdown.includes('<');
}

/** HTML nested deeper than the sanitiser can take; `depth` elements at its deepest, at `offset` in it. */
export class HtmlNestingError extends Error {
  constructor(
    readonly depth: number,
    readonly offset: number,
  ) {
    super(`HTML nested ${depth} elements deep (at most ${MAX_HTML_NESTING})`);
    this.name = 'HtmlNestingError';
  }
}

/**
 * The HTML with everything outside the allow-list removed. hast-util-from-html
 * and hast-util-sanitize recurse once per element, so the depth is measured
 * first, in one pass over the tags, and HTML deeper than MAX_HTML_NESTING is
 * refused with an HtmlNestingError instead of overflowing the stack. The
 * nesting check keeps such documents from reaching here in a build.
 */
export function sanitizeHtml(html: string, siteUrl: string | undefined): string {
  const deepest = htmlNesting(html);
  if (deepest.depth > MAX_HTML_NESTING) throw new HtmlNestingError(deepest.depth, deepest.offset);
  const tree = sanitize(fromHtml(html, { fragment: true }), SCHEMA) as Root;
  markExternalLinks(tree, siteUrl);
  return toHtml(tree);
}

/** Iterative, with an explicit stack: the order does not matter, and it need not trust the depth check. */
function markExternalLinks(root: Root, siteUrl: string | undefined): void {
  const stack: Array<Root | Element> = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.properties['href'];
      if (child.tagName === 'a' && typeof href === 'string' && isExternalHref(href, siteUrl))
        child.properties['rel'] = EXTERNAL_REL.split(' ');
      stack.push(child);
    }
  }
}
