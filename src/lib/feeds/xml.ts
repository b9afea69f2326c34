/**
 * A minimal XML writer for feeds and sitemaps. Documents are trees of nodes
 * whose text is always escaped here, so content can never add markup.
 */

/** An element: text content or child elements, never raw markup. */
export interface XmlNode {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  text?: string;
  children?: readonly XmlNode[];
}

/** Characters XML 1.0 cannot carry at all, not even escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in element content and in quoted attribute values. Characters XML cannot carry are dropped, since a parser would reject the whole feed over one. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** An element with text content. */
export function textNode(name: string, text: string, attributes?: Readonly<Record<string, string>>): XmlNode {
  return attributes ? { name, text, attributes } : { name, text };
}

/** A document with its declaration, indented by two spaces, ending in a newline. */
export function renderXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderNode(root, '')}\n`;
}

function renderNode(node: XmlNode, indent: string): string {
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children && node.children.length > 0) {
    const inner = node.children.map((child) => renderNode(child, `${indent}  `)).join('\n');
    return `${open}>\n${inner}\n${indent}</${node.name}>`;
  }
  if (node.text === undefined || node.text === '') return `${open}/>`;
  return `${open}>${escapeXml(node.text)}</${node.name}>`;
}
