/**
 * The scene as a static inline SVG that works without JavaScript: every node
 * is a link to its entity page, named by its `<title>`. Colours and line
 * styles come from CSS classes (src/styles/graph.css), so the drawing follows
 * the reader's colour scheme.
 */
import { textDirection } from './direction.ts';
import { nodeGroup } from './kinds.ts';
import { horizontalOf, type LabelPlacement, type LabelSide } from './placement.ts';
import type { Scene, SceneEdge, SceneNode } from './scene.ts';
import { nodeTitle } from './wording.ts';
import { escapeXml } from '../format/xml.ts';
import { coord } from './xml.ts';

/** What the renderer needs besides the scene. */
export interface GraphSvgOptions {
  /** Prefix of the ids inside the SVG, unique on the page. */
  id: string;
  /** Accessible name of the whole drawing. */
  title: string;
  /** A sentence for `<desc>`. */
  description?: string;
  /** Turns a site path into a link (honours the base path). */
  href: (sitePath: string) => string;
  locale: string;
  fontSize: number;
}

/** The SVG markup of a scene: edges first, then nodes as links with their labels. */
export function renderGraphSvg(scene: Scene, options: GraphSvgOptions): string {
  const { id, title, description } = options;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph-svg" viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}" role="group" aria-labelledby="${escapeXml(id)}-title">`,
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>`,
    description ? `<desc>${escapeXml(description)}</desc>` : '',
    '<g class="graph-edges" aria-hidden="true">',
    ...scene.edges.map(renderEdge),
    '</g>',
    `<g class="graph-nodes" font-size="${options.fontSize}">`,
    ...scene.nodes.map((node) => renderNode(node, options)),
    '</g>',
    '</svg>',
  ];
  return parts.join('');
}

function renderEdge(edge: SceneEdge): string {
  return `<line class="edge edge-${edge.type}" data-source="${escapeXml(edge.source)}" data-target="${escapeXml(edge.target)}" x1="${coord(edge.x1)}" y1="${coord(edge.y1)}" x2="${coord(edge.x2)}" y2="${coord(edge.y2)}" stroke-width="${edge.width}"/>`;
}

function renderNode(node: SceneNode, { href, locale }: GraphSvgOptions): string {
  const classes = ['node', `node-${nodeGroup(node)}`, node.focus ? 'node-focus' : ''].filter(Boolean).join(' ');
  return [
    `<a href="${escapeXml(href(node.path))}" class="${classes}" data-key="${escapeXml(node.key)}" data-group="${nodeGroup(node)}">`,
    `<title>${escapeXml(nodeTitle(node, locale))}</title>`,
    `<circle cx="${coord(node.x)}" cy="${coord(node.y)}" r="${coord(node.r)}"/>`,
    node.label ? renderLabel(node.name, node.label) : '',
    '</a>',
  ].join('');
}

/**
 * A label with its direction set explicitly: Arabic runs right to left, and
 * `text-anchor` is read against that direction, so a label left of its node
 * is anchored at its start (its right end) when it is Arabic, at its end when Latin.
 */
function renderLabel(text: string, label: LabelPlacement): string {
  const direction = textDirection(text);
  return `<text class="node-label" x="${coord(label.x)}" y="${coord(label.y)}" direction="${direction}" text-anchor="${anchorFor(label.side, direction)}" aria-hidden="true">${escapeXml(text)}</text>`;
}

/** The `text-anchor` that puts the label on the given side of its anchor point. */
export function anchorFor(side: LabelSide, direction: 'rtl' | 'ltr'): 'start' | 'middle' | 'end' {
  const horizontal = horizontalOf(side);
  if (horizontal === 'centre') return 'middle';
  // A label left of its node has its right end at the anchor: that end is the start of Arabic text, the end of Latin.
  return (horizontal === 'left') === (direction === 'rtl') ? 'start' : 'end';
}
