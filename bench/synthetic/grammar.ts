/**
 * A small template language for generated prose. A template is text with
 * placeholders:
 *
 * - `{E}` an actor, `{P}` a person, `{O}` an actor that is not a person,
 *   `{A}` an agreement, `{X}` any entity;
 *   `{E:ول}` writes the mention with attached prefixes (here و + ل);
 * - `{G:masculine|feminine}` agrees with the first person of the template;
 * - `{NAME}` another pool of the grammar, picked at random, or a value the
 *   caller supplies (numbers, dates, codes).
 *
 * Only top-level templates hold entity slots: the caller chooses the
 * entities for them before the text is expanded.
 */
import type { Gender } from './name-parts.ts';
import { needsSeparator } from './reserved.ts';
import type { Rng } from './rng.ts';

/** Named pools of templates. */
export type Grammar = Readonly<Record<string, readonly string[]>>;

/** The entity slots a template may hold. */
export const SLOT_TYPES = ['E', 'P', 'O', 'A', 'X'] as const;
/** One of {@link SLOT_TYPES}. */
export type SlotType = (typeof SLOT_TYPES)[number];

/** An entity slot of a template. */
export interface Slot {
  type: SlotType;
  /** Proclitics to attach (و ف ب ك ل); `ل` before an ال name becomes لل. */
  prefix: string;
}

/** Expanded text: filler, and mentions kept apart so they can be separated. */
export type Piece = { kind: 'text'; text: string } | { kind: 'mention'; text: string };

/** Everything {@link expand} needs besides the template. */
export interface Fill {
  rng: Rng;
  grammar: Grammar;
  /** Text for a placeholder the caller computes (numbers, dates …); undefined for a pool. */
  value(name: string): string | undefined;
  /** The written mention for each slot of the template, in order. */
  mentions: readonly string[];
  gender: Gender;
}

const PLACEHOLDER = /\{([A-Z][A-Z0-9_]*)(?::([^}]*))?\}/g;
const MAX_DEPTH = 8;

function isSlotType(name: string): name is SlotType {
  return (SLOT_TYPES as readonly string[]).includes(name);
}

/** The entity slots of a template, in order. */
export function slotsOf(template: string): Slot[] {
  const slots: Slot[] = [];
  for (const [, name = '', prefix = ''] of template.matchAll(PLACEHOLDER)) {
    if (isSlotType(name)) slots.push({ type: name, prefix });
  }
  return slots;
}

/** Expand a top-level template into pieces. */
export function expand(template: string, fill: Fill): Piece[] {
  const pieces: Piece[] = [];
  let slotIndex = 0;
  const pushText = (text: string) => {
    if (text !== '') pieces.push({ kind: 'text', text });
  };
  const walk = (text: string, depth: number) => {
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      pushText(text.slice(last, match.index));
      last = match.index + match[0].length;
      const [, name = '', argument = ''] = match;
      if (isSlotType(name)) {
        const mention = fill.mentions[slotIndex++];
        if (depth > 0 || mention === undefined)
          throw new Error(`entity slot {${name}} outside a top-level template, or without an entity: ${template}`);
        pieces.push({ kind: 'mention', text: mention });
      } else if (name === 'G') {
        const [masculine = '', feminine = masculine] = argument.split('|');
        pushText(fill.gender === 'f' ? feminine : masculine);
      } else {
        const value = fill.value(name);
        if (value !== undefined) {
          pushText(value);
          continue;
        }
        const pool = fill.grammar[name];
        if (!pool || depth >= MAX_DEPTH) throw new Error(`unknown placeholder {${name}} in: ${text}`);
        walk(fill.rng.pick(pool), depth + 1);
      }
    }
    pushText(text.slice(last));
  };
  walk(template, 0);
  return pieces;
}

/**
 * Join pieces into text. Two mentions with nothing but white space or
 * connectors between them get `comma` after the first, so that no name can
 * be read across both (see reserved.ts).
 */
export function joinPieces(pieces: readonly Piece[], comma: string): string {
  let text = '';
  let lastMentionEnd = -1;
  for (const piece of pieces) {
    if (piece.kind === 'mention' && lastMentionEnd >= 0 && needsSeparator(text.slice(lastMentionEnd))) {
      text = `${text.slice(0, lastMentionEnd)}${comma}${text.slice(lastMentionEnd) || ' '}`;
    }
    text += piece.text;
    if (piece.kind === 'mention') lastMentionEnd = text.length;
  }
  return text;
}
