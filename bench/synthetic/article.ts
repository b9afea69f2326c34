/**
 * One generated article: its date, language, entities, title, summary and
 * Markdown body. Each article draws from its own seeded stream, so the
 * corpus can be written one article at a time.
 */
import { aboutEntity, heading, list, paragraph, quote, sentence, table, type BlockContext } from './blocks.ts';
import { Cast } from './cast.ts';
import { addDays, randomDay } from './dates.ts';
import type { CorpusEntity } from './entity.ts';
import { INLINE_STYLE } from './mention.ts';
import type { EntityPool } from './pool.ts';
import type { ProseSettings } from './prose.ts';
import { deriveSeed, Rng } from './rng.ts';
import { ARABIC } from './vocabulary-ar.ts';
import { ENGLISH } from './vocabulary-en.ts';
import { countWords } from './words.ts';

/** Articles are dated over this decade. */
const FIRST_YEAR = 2012;
const LAST_YEAR = 2021;
/** Article bodies run from MIN_WORDS to MAX_WORDS words. */
const MIN_WORDS = 300;
const MAX_WORDS = 1500;

const ENGLISH_SHARE = 0.03;
const DRAFT_SHARE = 0.01;
const UNLINKED_SHARE = 0.01;
/** The longest a sentence gets (filler, a long name and its Latin gloss): what a block may add near the cap. */
const SENTENCE_WORDS_MAX = 60;
/** The longest a heading with its paragraph, a list or a table gets: such blocks only come while this much room is left. */
const BLOCK_WORDS_MAX = 320;
/** Shares of the blocks after the lead that are not plain paragraphs. */
const BLOCK_SHARES = { heading: 0.07, list: 0.045, quote: 0.04, table: 0.015 } as const;
type BlockKind = keyof typeof BLOCK_SHARES | 'paragraph';
/** How many entities an article names, 2 to 8, weighted towards a few. */
const ENTITY_COUNTS = [2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8];

const SOURCES = {
  ar: ['مرصد الأنباء', 'نشرة المساء', 'مراسلو مرصد', 'المكتب الإقليمي للأخبار'],
  en: ['Marsad Wire', 'Evening Bulletin', 'Regional Desk'],
};
const TAGS = {
  ar: ['الحوار', 'الاقتصاد', 'الأمن', 'الشأن الإنساني', 'الانتخابات', 'الطاقة', 'الحدود', 'النازحون', 'المصارف', 'إعادة الإعمار'],
  en: ['dialogue', 'economy', 'humanitarian', 'elections', 'borders', 'displacement'],
};

/** An article as the generator made it: frontmatter fields and body. */
export interface GeneratedArticle {
  /** Path under the content root: `articles/YYYY/MM/<slug>.md`. */
  path: string;
  title: string;
  date: string;
  summary: string;
  lang: 'ar' | 'en';
  actors: string[];
  agreements: string[];
  tags: string[];
  source: { name: string; url: string; date: string } | undefined;
  updated: string | undefined;
  draft: boolean;
  autolink: boolean;
  body: string;
  /** Words in the body (words.ts). */
  words: number;
}

function chooseEntities(rng: Rng, pool: EntityPool, english: boolean): CorpusEntity[] {
  const count = rng.pick(ENTITY_COUNTS);
  const agreementsWanted = pool.size('agreements', english) > 0 && rng.chance(0.4) ? Math.min(rng.int(1, 2), count - 1) : 0;
  let agreements = pool.draw(rng, 'agreements', english, agreementsWanted);
  const actors = pool.draw(rng, 'actors', english, count - agreements.length);
  // A small corpus may have too few actors: agreements make up the number.
  if (actors.length + agreements.length < count) agreements = pool.draw(rng, 'agreements', english, count - actors.length);
  // Usually an actor leads (title and first sentence), sometimes the agreement.
  return agreements.length > 0 && rng.chance(0.25) ? [...agreements, ...actors] : [...actors, ...agreements];
}

function titlePool(entity: CorpusEntity, rng: Rng): string {
  if (entity.collection === 'agreements') return 'TITLE_A';
  return entity.kind === 'person' && rng.chance(0.6) ? 'TITLE_P' : 'TITLE_E';
}

function nextBlock(rng: Rng): BlockKind {
  let roll = rng.next();
  for (const [kind, share] of Object.entries(BLOCK_SHARES) as Array<[BlockKind, number]>) {
    if (roll < share) return kind;
    roll -= share;
  }
  return 'paragraph';
}

/** Blocks until the target length is reached and every entity is named, never past MAX_WORDS. */
function writeBody(context: BlockContext, target: number): { body: string; words: number } {
  const { rng } = context.settings;
  const blocks: string[] = [];
  let words = 0;
  const add = (block: string) => {
    blocks.push(block);
    words += countWords(block);
  };
  add(openingSentence(context.settings, paragraph(context, rng.int(2, 4))));
  let tableDone = false;
  while (words < target || context.cast.pending) {
    const room = MAX_WORDS - words;
    let kind = room > BLOCK_WORDS_MAX ? nextBlock(rng) : 'paragraph';
    // One table per article at most; a heading never comes straight after the lead.
    if ((kind === 'table' && tableDone) || (kind === 'heading' && blocks.length < 2)) kind = 'paragraph';
    if (kind === 'heading') {
      add(heading(context));
      add(openingSentence(context.settings, paragraph(context, rng.int(2, 4))));
    } else if (kind === 'list') add(list(context));
    else if (kind === 'quote') add(quote(context));
    else if (kind === 'table') {
      add(table(context));
      tableDone = true;
    } else {
      const sentencesAllowed = Math.max(1, Math.min(5, Math.floor(room / SENTENCE_WORDS_MAX)));
      add(paragraph(context, Math.min(sentencesAllowed, rng.int(2, 5))));
    }
  }
  return { body: blocks.join('\n\n'), words };
}

/**
 * News text opens without the linking و that joins its later sentences.
 * Every Arabic sentence template that starts with و starts with that
 * conjunction (or with a و prefix on a name, which may go as well).
 */
function openingSentence(settings: ProseSettings, text: string): string {
  return !settings.english && /^و[\u0621-\u064A]/u.test(text) ? text.slice(1) : text;
}

function slugFor(entity: CorpusEntity, index: number): string {
  const base = entity.id.slice(0, 40).replace(/-+$/, '');
  return `${base}-${index + 1}`;
}

/** Article number `index` (from 0) of the corpus generated with `seed`. */
export function generateArticle(index: number, seed: number, pool: EntityPool): GeneratedArticle {
  const rng = new Rng(deriveSeed(seed, 'article', index));
  const english = rng.chance(ENGLISH_SHARE) && pool.size('actors', true) + pool.size('agreements', true) >= 2;
  const lang = english ? 'en' : 'ar';
  const date = randomDay(rng, FIRST_YEAR, LAST_YEAR);
  const entities = chooseEntities(rng, pool, english);
  const main = entities[0];
  if (!main || entities.length < 2) throw new Error('an article needs at least two entities: generate more entities');

  const settings: ProseSettings = { rng, grammar: english ? ENGLISH : ARABIC, english, year: Number(date.slice(0, 4)) };
  const context: BlockContext = { settings, cast: new Cast(entities) };
  const title = aboutEntity(context, titlePool(main, rng), 'TITLE_X', main, INLINE_STYLE, false);
  const summaryParts = [openingSentence(settings, sentence(context, main, INLINE_STYLE, false))];
  if (rng.chance(0.5)) summaryParts.push(sentence(context, undefined, INLINE_STYLE, false));

  // Most articles run 600–1,100 words; some are short briefs, some long reports.
  const target = MIN_WORDS + 20 + Math.floor(((rng.next() + rng.next()) / 2) * (MAX_WORDS - MIN_WORDS - 120));
  const { body, words } = writeBody(context, target);

  const [year = '', month = ''] = date.split('-');
  const slug = slugFor(main, index);
  const hasSource = rng.chance(0.7);
  return {
    path: `articles/${year}/${month}/${slug}.md`,
    title,
    date,
    summary: summaryParts.join(' '),
    lang,
    actors: entities.filter((entity) => entity.collection === 'actors').map((entity) => entity.id),
    agreements: entities.filter((entity) => entity.collection === 'agreements').map((entity) => entity.id),
    tags: rng.shuffle(TAGS[lang]).slice(0, rng.int(0, 3)),
    source: hasSource ? { name: rng.pick(SOURCES[lang]), url: `https://example.org/${lang}/${year}/${month}/${slug}`, date } : undefined,
    updated: rng.chance(0.1) ? addDays(date, rng.int(1, 30)) : undefined,
    draft: rng.chance(DRAFT_SHARE),
    autolink: !rng.chance(UNLINKED_SHARE),
    body,
    words,
  };
}
