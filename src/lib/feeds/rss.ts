/**
 * RSS 2.0 documents from a plain model. Atom's `<atom:link rel="self">` names
 * the feed's own address, and Dublin Core's `<dc:language>` the language of an
 * item that differs from the channel's, which RSS 2.0 itself cannot say.
 */
import { rfc822 } from './dates.ts';
import { renderXml, textNode, type XmlNode } from './xml.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** Unique and stable: the article's address. */
  guid: string;
  /** True when `guid` is an absolute URL a reader can open. */
  guidIsPermaLink: boolean;
  /** `YYYY-MM-DD`, written as 00:00 UTC. */
  published: string;
  description: string;
  /** BCP 47, only when it differs from the channel's language. */
  language?: string | undefined;
  categories: readonly string[];
}

export interface Feed {
  title: string;
  /** The page the feed follows. */
  link: string;
  description: string;
  /** BCP 47 language of the channel. */
  language: string;
  /** The feed's own address. */
  self: string;
  /** `YYYY-MM-DD` of the newest change among the items; absent for a feed without items. */
  lastBuild?: string | undefined;
  items: readonly FeedItem[];
}

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
};

/** The feed as an RSS 2.0 document. */
export function renderRss(feed: Feed): string {
  const channel: XmlNode[] = [
    textNode('title', feed.title),
    textNode('link', feed.link),
    textNode('description', feed.description),
    textNode('language', feed.language),
    { name: 'atom:link', attributes: { href: feed.self, rel: 'self', type: 'application/rss+xml' } },
  ];
  if (feed.lastBuild) channel.push(textNode('lastBuildDate', rfc822(feed.lastBuild)));
  channel.push(...feed.items.map(itemNode));
  return renderXml({ name: 'rss', attributes: NAMESPACES, children: [{ name: 'channel', children: channel }] });
}

function itemNode(item: FeedItem): XmlNode {
  const children: XmlNode[] = [
    textNode('title', item.title),
    textNode('link', item.link),
    textNode('guid', item.guid, { isPermaLink: String(item.guidIsPermaLink) }),
    textNode('pubDate', rfc822(item.published)),
    textNode('description', item.description),
    ...item.categories.map((category) => textNode('category', category)),
  ];
  if (item.language) children.push(textNode('dc:language', item.language));
  return { name: 'item', children };
}

/** The feed as the response of a feed route. */
export function rssResponse(feed: Feed): Response {
  return new Response(renderRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
