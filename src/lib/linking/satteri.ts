/**
 * The entity linker as a Sätteri mdast plugin, for Astro's default Markdown
 * processor. Same planner and the same eligibility rules as the remark
 * plugin; Sätteri hands us text nodes one by one, so the ancestors are
 * checked here instead of by a tree walk.
 */
import { fileURLToPath } from 'node:url';
import type { Html, Link, Parents, Text } from 'mdast';
import type { MdastPluginEntry, MdastTarget, MdastVisitorContext } from 'satteri';
import { OPAQUE, tagBalance } from '../mentions/text-nodes.ts';
import { mayHoldRawHtml } from '../security/sanitize.ts';
import { EXTERNAL_REL, isExternalHref } from './outbound.ts';
import { planDocumentLinks, type EntityLinkOptions } from './plan.ts';

export function satteriEntityLinks(options: EntityLinkOptions): MdastPluginEntry {
  return (factory) => {
    const astro = (factory.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    const plan = planDocumentLinks(options, {
      filePath: factory.fileURL ? fileURLToPath(factory.fileURL) : undefined,
      frontmatter: astro?.frontmatter,
      source: factory.source,
    });
    if (!plan) return null;
    // One per document: Sätteri gives each parent one object per pass, and the children it lists do not change during the pass.
    const eligibility = new Eligibility(mayHoldRawHtml(factory.source));
    return {
      name: 'marsad:entity-links',
      text(node: Readonly<Text>, context: MdastVisitorContext) {
        // Judging a node's ancestors makes Sätteri build them as objects: not worth it once nothing is left to link.
        if (plan.finished() || !eligibility.linkable(node, context)) return;
        const pieces = plan(node.value);
        if (pieces) context.replaceNode(node, pieces);
      },
    };
  };
}

/**
 * Whether a text node may be linked: not under a heading, a link or another
 * opaque node, and not between inline HTML tags, at any level. Each parent is
 * judged once and remembered, and the HTML tags among its children are
 * counted once: asking each text node about every ancestor and every sibling
 * before it was quadratic in a paragraph's nodes.
 */
class Eligibility {
  /** Whether text directly under a parent may be linked, before looking at its HTML siblings. */
  readonly #parents = new Map<Readonly<Parents>, boolean>();
  /** For each parent, how many inline HTML tags are open before each of its children. */
  readonly #openTags = new Map<Readonly<Parents>, Int32Array>();

  /**
   * `htmlPossible`: whether the source may hold inline HTML at all. Most
   * documents hold none, and then no tag can be open: counting tags reads
   * every parent's children, which Sätteri builds as objects only when asked
   * (a tenth of the render's linking time at 10,000 articles).
   */
  readonly #htmlPossible: boolean;

  constructor(htmlPossible: boolean) {
    this.#htmlPossible = htmlPossible;
  }

  linkable(node: Readonly<Text>, context: MdastVisitorContext): boolean {
    const parent = context.parent(node);
    return parent === undefined || (this.#parentLinkable(parent, context) && this.#tagsOpenBefore(parent, node, context) === 0);
  }

  /** Climbs (a loop, not recursion: the tree may be deep) to the nearest judged ancestor, then judges the ones below it on the way back. */
  #parentLinkable(parent: Readonly<Parents>, context: MdastVisitorContext): boolean {
    const unjudged: Array<Readonly<Parents>> = [];
    let verdict = true;
    for (let current: Readonly<Parents> | undefined = parent; current; current = context.parent(current)) {
      const known = this.#parents.get(current);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      unjudged.push(current);
    }
    for (let index = unjudged.length - 1; index >= 0; index--) {
      const current = unjudged[index] as Readonly<Parents>;
      const above = context.parent(current);
      verdict =
        verdict &&
        current.type !== 'heading' &&
        !OPAQUE.has(current.type) &&
        (above === undefined || this.#tagsOpenBefore(above, current, context) === 0);
      this.#parents.set(current, verdict);
    }
    return verdict;
  }

  #tagsOpenBefore(parent: Readonly<Parents>, child: Readonly<MdastTarget>, context: MdastVisitorContext): number {
    if (!this.#htmlPossible) return 0;
    let open = this.#openTags.get(parent);
    if (!open) {
      open = new Int32Array(parent.children.length + 1);
      let depth = 0;
      parent.children.forEach((sibling, index) => {
        (open as Int32Array)[index] = depth;
        if (sibling.type === 'html') depth = Math.max(0, depth + tagBalance((sibling as Html).value));
      });
      open[parent.children.length] = depth;
      this.#openTags.set(parent, open);
    }
    return open[context.indexOf(child) ?? 0] ?? 0;
  }
}

/** Sätteri plugin: `rel="noopener noreferrer"` on every Markdown link that leaves the site. */
export function satteriExternalLinks(siteUrl: string | undefined): MdastPluginEntry {
  return {
    name: 'marsad:external-links',
    link(node: Readonly<Link>, context: MdastVisitorContext) {
      if (!isExternalHref(node.url, siteUrl)) return;
      const data = (node.data ?? {}) as Record<string, unknown>;
      const properties = (data['hProperties'] ?? {}) as Record<string, unknown>;
      context.setProperty(node, 'data', { ...data, hProperties: { ...properties, rel: EXTERNAL_REL } });
    },
  };
}
