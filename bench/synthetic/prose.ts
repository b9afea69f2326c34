/**
 * Turns a template and the entities for its slots into text: picks the
 * name or an alias for each mention, writes it (mention.ts), expands the
 * template (grammar.ts) and fills in numbers and dates.
 */
import { normalize } from '../../src/lib/arabic/normalize.ts';
import type { CorpusEntity } from './entity.ts';
import { expand, joinPieces, slotsOf, type Grammar } from './grammar.ts';
import { writeMention, type MentionStyle } from './mention.ts';
import type { Rng } from './rng.ts';

/** How one text is written: its random stream, language and grammar. */
export interface ProseSettings {
  rng: Rng;
  grammar: Grammar;
  /** English text: Latin forms, Latin digits, English comma. */
  english: boolean;
  /** Values for placeholders beyond the grammar's pools (e.g. PLACE, SIGNED). */
  extra?: Readonly<Record<string, string>>;
  /** The year the text is written in: years it mentions are not later. */
  year?: number;
}

/** Share of mentions that use the entity's main name rather than an alias. */
const MAIN_NAME_SHARE = 0.55;
/** Share of Arabic paragraph mentions followed by the Latin name in parentheses. */
const LATIN_GLOSS_SHARE = 0.03;
/** Share of numbers in Arabic text written with Arabic-Indic digits. */
const ARABIC_INDIC_SHARE = 0.35;

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const LATEST_YEAR = 2021;

function pickForm(rng: Rng, forms: readonly string[]): string {
  const [main, ...aliases] = forms;
  if (main === undefined) throw new Error('an entity without a usable name');
  return aliases.length === 0 || rng.chance(MAIN_NAME_SHARE) ? main : rng.pick(aliases);
}

/**
 * Names starting with الل cannot take ل (the contract has no لل spelling
 * for them, mention.ts); after ل, another name of the entity reads better.
 */
function formsFor(forms: readonly string[], prefix: string): readonly string[] {
  if (!prefix.endsWith('ل')) return forms;
  const usable = forms.filter((form) => !normalize(form).startsWith('الل'));
  return usable.length > 0 ? usable : forms;
}

/** One mention of `entity`, with `prefix` attached in Arabic text. */
export function mentionOf(settings: ProseSettings, entity: CorpusEntity, prefix: string, style: MentionStyle): string {
  const { rng } = settings;
  if (settings.english) return pickForm(rng, entity.latinForms);
  const written = writeMention(rng, pickForm(rng, formsFor(entity.arabicForms, prefix)), prefix, style);
  if (style.lineBreak > 0 && entity.latinForms.length > 0 && rng.chance(LATIN_GLOSS_SHARE))
    return `${written} (${rng.pick(entity.latinForms)})`;
  return written;
}

function numberText(settings: ProseSettings, value: number): string {
  const text = String(value);
  if (settings.english || !settings.rng.chance(ARABIC_INDIC_SHARE)) return text;
  return text.replace(/[0-9]/g, (digit) => ARABIC_INDIC.charAt(Number(digit)));
}

/** An opaque reference such as `REF-2016-0412`, shown as inline code. */
function referenceCode(rng: Rng): string {
  return `\`${rng.pick(['REF', 'DOC', 'ST', 'PR'])}-${rng.int(2012, 2021)}-${String(rng.int(1, 9999)).padStart(4, '0')}\``;
}

function valueOf(settings: ProseSettings, name: string): string | undefined {
  const { rng } = settings;
  switch (name) {
    case 'N':
      return numberText(settings, rng.int(12, 980));
    case 'NY': {
      const year = settings.year ?? LATEST_YEAR;
      return numberText(settings, rng.int(year - 4, year));
    }
    case 'ND':
      return numberText(settings, rng.int(1, 28));
    case 'CODE':
      return referenceCode(rng);
    default:
      return settings.extra?.[name];
  }
}

/** The text of `template` with `entities` in its slots, in order. */
export function renderTemplate(settings: ProseSettings, template: string, entities: readonly CorpusEntity[], style: MentionStyle): string {
  const slots = slotsOf(template);
  if (slots.length !== entities.length) throw new Error(`${slots.length} slots but ${entities.length} entities for: ${template}`);
  const mentions = slots.map((slot, index) => mentionOf(settings, entities[index] as CorpusEntity, slot.prefix, style));
  const person = entities.find((_, index) => slots[index]?.type === 'P');
  const pieces = expand(template, {
    rng: settings.rng,
    grammar: settings.grammar,
    value: (name) => valueOf(settings, name),
    mentions,
    gender: person?.gender ?? 'm',
  });
  return joinPieces(pieces, settings.english ? ',' : '،');
}

/** A random template of `pool`, for templates without slots. */
export function renderPool(settings: ProseSettings, pool: string, style: MentionStyle): string {
  const templates = settings.grammar[pool];
  if (!templates) throw new Error(`no pool ${pool}`);
  return renderTemplate(settings, settings.rng.pick(templates), [], style);
}
