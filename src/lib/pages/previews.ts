/**
 * What a preview card shows for an entity link: name, kind and the first
 * sentence of its description. Embedded in the page at build time, so hovering
 * a link never fetches anything.
 */
import type { EntityEntry } from '../content/corpus.ts';
import type { EntityKey, Registry } from '../entities/registry.ts';
import { ACTOR_KIND_LABEL, AGREEMENT_KIND_LABEL } from '../content/labels.ts';

export interface EntityPreview {
  name: string;
  kind: string;
  summary: string;
}

const SUMMARY_LIMIT = 180;

/** The first sentence of a Markdown description, as plain text. */
export function firstSentence(markdown: string, limit = SUMMARY_LIMIT): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const end = text.search(/[.!?؟。]\s/);
  const sentence = end === -1 ? text : text.slice(0, end + 1);
  return sentence.length > limit ? `${sentence.slice(0, limit - 1).trimEnd()}…` : sentence;
}

/**
 * One preview per entity, shared by every page that links to it: pages keep
 * their props until the build ends, and a copy per link was half of what the
 * article pages held (57 → 27 MB at 10,000 articles).
 */
const previews = new WeakMap<EntityEntry, EntityPreview>();

function entityPreview(entry: EntityEntry): EntityPreview {
  let preview = previews.get(entry);
  if (!preview) {
    const kind = entry.collection === 'actors' ? ACTOR_KIND_LABEL[entry.data.kind].one : AGREEMENT_KIND_LABEL[entry.data.kind];
    previews.set(entry, (preview = Object.freeze({ name: entry.data.name, kind, summary: firstSentence(entry.body) })));
  }
  return preview;
}

/** Previews for the given entities, keyed by entity key, in key order (stable output). */
export function previewsFor(keys: Iterable<string>, registry: Registry): Record<string, EntityPreview> {
  const previews: Record<string, EntityPreview> = {};
  for (const key of [...new Set(keys)].sort()) {
    const entry = registry.byKey.get(key as EntityKey);
    if (entry) previews[key] = entityPreview(entry);
  }
  return previews;
}

/** JSON that is safe inside `<script type="application/json">`: no `</script>`, no `<!--`. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
