/**
 * A minimal XML writer for feeds and sitemaps. Documents are trees of nodes
 * whose text is always escaped here, so content can never add markup.
 */
import { escapeXml } from '../format/xml.ts';

/** An element: text content or child elements, never raw markup. */
export interface XmlNode {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  text?: string;
  children?: readonly XmlNode[];
}

export { escapeXml };

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
