/**
 * The Markdown blocks of an article body: paragraphs (with the odd inline
 * code), headings, lists, block quotes and tables. Each block takes its
 * entities from the article's cast and records the ones it names.
 */
import type { Cast } from './cast.ts';
import type { CorpusEntity } from './entity.ts';
import { slotsOf } from './grammar.ts';
import { INLINE_STYLE, PARAGRAPH_STYLE, type MentionStyle } from './mention.ts';
import { renderPool, renderTemplate, type ProseSettings } from './prose.ts';

/** What every block needs: the prose settings and the article's cast. */
export interface BlockContext {
  settings: ProseSettings;
  cast: Cast;
}

/** Templates tried before falling back to one with a single slot. */
const TEMPLATE_ATTEMPTS = 12;
/** Chance that a sentence names the next entity still to be named. */
const PENDING_SHARE = 0.85;
/** Chance that any other sentence names one of the article's entities again. */
const RECALL_SHARE = 0.3;
/** Chance that a paragraph ends with a sentence holding inline code. */
const CODE_SHARE = 0.04;

function poolFor(context: BlockContext, entity: CorpusEntity | undefined): string {
  const { rng } = context.settings;
  if (!entity) return 'S0';
  if (entity.collection === 'agreements') return rng.chance(0.88) ? 'SA' : 'SX';
  if (entity.kind === 'person' && rng.chance(0.5)) return 'SP';
  return rng.chance(0.92) ? 'SE' : 'SX';
}

/**
 * Text from a pool whose templates name `forced` (and perhaps other
 * entities of the cast). `fallback` is a pool whose every template has one
 * slot that `forced` fits. With `record`, the cast learns what was named.
 */
export function aboutEntity(
  context: BlockContext,
  pool: string,
  fallback: string,
  forced: CorpusEntity,
  style: MentionStyle,
  record = true,
): string {
  const { settings, cast } = context;
  const pick = (name: string) => settings.rng.pick(settings.grammar[name] ?? []);
  for (let attempt = 0; attempt < TEMPLATE_ATTEMPTS; attempt++) {
    const template = pick(pool);
    const entities = cast.assign(settings.rng, slotsOf(template), forced);
    if (!entities) continue;
    if (record) cast.mentioned(entities);
    return renderTemplate(settings, template, entities, style);
  }
  if (record) cast.mentioned([forced]);
  return renderTemplate(settings, pick(fallback), [forced], style);
}

/** Which entity the next sentence should name, if any. */
function nextSubject(context: BlockContext): CorpusEntity | undefined {
  const { settings, cast } = context;
  if (cast.pending && settings.rng.chance(PENDING_SHARE)) return cast.pending;
  return settings.rng.chance(RECALL_SHARE) ? settings.rng.pick(cast.entities) : undefined;
}

/** One sentence; about `subject` when given. */
export function sentence(
  context: BlockContext,
  subject: CorpusEntity | undefined,
  style: MentionStyle = PARAGRAPH_STYLE,
  record = true,
): string {
  const pool = poolFor(context, subject);
  if (!subject) return renderPool(context.settings, pool, style);
  return aboutEntity(context, pool, 'SX', subject, style, record);
}

/** A paragraph of `sentences` sentences, each naming an entity still to be named more often than not. */
export function paragraph(context: BlockContext, sentences: number): string {
  const parts: string[] = [];
  for (let index = 0; index < sentences; index++) parts.push(sentence(context, nextSubject(context)));
  if (context.settings.rng.chance(CODE_SHARE)) parts.push(renderPool(context.settings, 'CODE_SENTENCE', PARAGRAPH_STYLE));
  return parts.join(' ');
}

/** A `##` heading (never naming an entity). */
export function heading(context: BlockContext): string {
  return `## ${renderPool(context.settings, 'HEADING', INLINE_STYLE)}`;
}

/** An introductory line and a bulleted or numbered list of three to five distinct items. */
export function list(context: BlockContext): string {
  const { settings, cast } = context;
  const { rng } = settings;
  const ordered = rng.chance(0.3);
  const items: string[] = [];
  const count = rng.int(3, 5);
  for (let attempt = 0; items.length < count && attempt < count * 4; attempt++) {
    const pending = cast.pending;
    const item =
      pending && rng.chance(0.5)
        ? aboutEntity(context, pending.collection === 'agreements' ? 'ITEM_A' : 'ITEM_E', 'SX', pending, INLINE_STYLE)
        : renderPool(settings, 'ITEM0', INLINE_STYLE);
    // A repeated point reads as a mistake. Dropping it loses no mention: its twin already holds the same names.
    if (!items.includes(item)) items.push(item);
  }
  const lines = items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item}`);
  return `${renderPool(settings, 'LIST_INTRO', INLINE_STYLE)}\n\n${lines.join('\n')}`;
}

/** A block quote, attributed to an actor of the article when one is at hand. */
export function quote(context: BlockContext): string {
  const { settings, cast } = context;
  const subject = cast.pending ?? (settings.rng.chance(0.5) ? settings.rng.pick(cast.entities) : undefined);
  let text: string;
  if (subject?.collection === 'actors') {
    const pool = subject.kind === 'person' && settings.rng.chance(0.5) ? 'QUOTE_P' : 'QUOTE_E';
    text = aboutEntity(context, pool, 'SX', subject, INLINE_STYLE);
  } else {
    text = renderPool(settings, 'QUOTE0', INLINE_STYLE);
  }
  return `> ${text}`;
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function tableOf(header: string, rows: readonly string[][]): string {
  const columns = header.split('|');
  return [row(columns), row(columns.map(() => '---')), ...rows.map(row)].join('\n');
}

/** A table of where the article's actors stand, or of figures when it has too few actors. */
export function table(context: BlockContext): string {
  const { settings, cast } = context;
  const { rng } = settings;
  const actors = cast.entities.filter((entity) => entity.collection === 'actors');
  if (actors.length >= 2) {
    const rows = actors
      .slice(0, rng.int(2, Math.min(4, actors.length)))
      .map((actor) => [
        aboutEntity(context, 'CELL', 'CELL', actor, INLINE_STYLE),
        renderPool(settings, 'STANCE', INLINE_STYLE),
        renderPool(settings, 'DATE', INLINE_STYLE),
      ]);
    return `${renderPool(settings, 'TABLE_INTRO', INLINE_STYLE)}\n\n${tableOf(renderPool(settings, 'TABLE_PARTIES', INLINE_STYLE), rows)}`;
  }
  const rows = Array.from({ length: rng.int(3, 4) }, () => [
    renderPool(settings, 'INDICATOR', INLINE_STYLE),
    renderTemplate(settings, '{N}', [], INLINE_STYLE),
    renderPool(settings, 'FIGURE_NOTE', INLINE_STYLE),
  ]);
  return `${renderPool(settings, 'FIGURES_INTRO', INLINE_STYLE)}\n\n${tableOf(renderPool(settings, 'TABLE_FIGURES', INLINE_STYLE), rows)}`;
}
