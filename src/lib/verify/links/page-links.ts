/** What the link checker needs from one HTML page: the URLs it refers to and the ids it offers. */
import { scanStartTags, type StartTag } from './html-scan.ts';
import { srcsetUrls } from './srcset.ts';

/** One URL as written in a page, with the attribute it came from (for the report). */
interface PageLink {
  attribute: string;
  url: string;
}

/** The links of a page, the fragment targets it defines, and its `<base href>` if any. */
export interface PageFacts {
  links: PageLink[];
  /** Values of `id` on any element and `name` on `a`: what `#fragment` can point at. */
  anchors: Set<string>;
  base: string | undefined;
}

/** Attributes holding one URL, on any element. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'poster', 'action', 'formaction'];
/** Attributes holding a list of image candidates. */
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

/** Reads the links and anchors of an HTML (or SVG) document. */
export function readPage(html: string): PageFacts {
  const facts: PageFacts = { links: [], anchors: new Set(), base: undefined };
  for (const tag of scanStartTags(html)) {
    const id = tag.attributes.get('id');
    if (id) facts.anchors.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) facts.anchors.add(name);
    if (tag.name === 'base') {
      // Only the first <base href> counts, and it is where relative links start, not a link itself.
      facts.base ??= tag.attributes.get('href');
      continue;
    }
    facts.links.push(...linksOf(tag));
  }
  return facts;
}

function linksOf(tag: StartTag): PageLink[] {
  const links: PageLink[] = [];
  for (const attribute of URL_ATTRIBUTES) {
    const url = tag.attributes.get(attribute);
    if (url !== undefined) links.push({ attribute, url });
  }
  for (const attribute of SRCSET_ATTRIBUTES) {
    const value = tag.attributes.get(attribute);
    if (value !== undefined) links.push(...srcsetUrls(value).map((url) => ({ attribute, url })));
  }
  const data = tag.attributes.get('data');
  if (tag.name === 'object' && data !== undefined) links.push({ attribute: 'data', url: data });
  const refresh =
    tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'refresh'
      ? refreshUrl(tag.attributes.get('content'))
      : undefined;
  if (refresh !== undefined) links.push({ attribute: 'http-equiv=refresh', url: refresh });
  return links;
}

/** The target of `<meta http-equiv="refresh" content="0; url=…">`, as Astro's redirect pages write it. */
function refreshUrl(content: string | undefined): string | undefined {
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/i.exec(content ?? '');
  const url = match?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
  return url ? url : undefined;
}
