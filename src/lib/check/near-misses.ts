/**
 * Warnings about words that look like a registered name but are none: one
 * slip away from a name of five letters or more («بشاغا» for «باشاغا»),
 * not a registered name or not-form themselves, and not inside a match.
 * Either the article misspells the name (fix the text, or add the spelling
 * as an alias) or the word is something else (add it to `not:`).
 *
 * Grammar is no slip: a name's nisba, feminine, plural and pronoun endings
 * (ليبي، ليبية، روسية) are left alone (src/lib/arabic/endings.ts), and
 * prefixes are stripped the way the matcher strips them.
 *
 * An ordinary word one letter from a name («الدولة», the state, beside
 * «الدوحة») is no slip either. It recurs in articles about anything, while a
 * misspelt name stands in an article about its entity or is rare. So a word
 * is reported where the article lists or mentions the entity it resembles,
 * and elsewhere only while it stands in at most RARE_IN_ARTICLES articles and
 * resembles a name written without ال: news prose is full of definite
 * nouns (للدولة), while a bare name (بشاغا) is seldom an ordinary word.
 *
 * Cost: one pass over each raw body through the index (a few table reads a
 * word, most words answered from a memo); only an article with a hit there
 * is parsed and matched again, to see whether the hit is prose and not
 * covered by a name.
 */
import type { Text } from 'mdast';
import { normalize, NormalizeBuffers, normalizeToCodes } from '../arabic/normalize.ts';
import type { ArticleEntry } from '../content/corpus.ts';
import { problemFrom, type Problem } from '../content/problem.ts';
import { createMatcher, type Match, type Matcher, type SurfaceForm } from '../entities/matcher.ts';
import { FoldBuffer, foldText } from '../entities/near-miss/fold.ts';
import {
  buildNearMissIndex,
  findNearMisses,
  NearMissScratch,
  type NearMissHit,
  type NearMissIndex,
  type NearMissName,
} from '../entities/near-miss/index.ts';
import { matcherForms } from '../entities/registry.ts';
import { bodyPositions } from '../mentions/body-positions.ts';
import { lineStartsOf } from '../mentions/lines.ts';
import type { MentionIndex } from '../mentions/mention-index.ts';
import type { SiteIndex } from '../site-index.ts';
import type { EntityKey } from '../entities/registry.ts';
import type { Finding } from './held-back.ts';
import type { BodyMention } from '../mentions/scan.ts';
import { parseMarkdownTree } from '../mentions/markdown.ts';
import { forEachMentionText } from '../mentions/text-nodes.ts';
import { say, type Said } from '../messages/format.ts';
import { nearMissMemoAt, type ArticleHit, type NearMissMemo } from './near-miss-memo.ts';

/** What one run of the check shares across articles. */
interface NearMissContext {
  index: NearMissIndex;
  matcher: Matcher;
  /** The site's mentions: a hit inside one needs no second look. */
  mentions: MentionIndex;
  /** Matches the not-forms as names, since the entity matcher drops them; undefined when there are none. */
  hiders: Matcher | undefined;
  buffers: NormalizeBuffers;
  folded: FoldBuffer;
  scratch: NearMissScratch;
}

/**
 * Near-miss warnings for the bodies of the site's articles (published and
 * drafts), at most one per distinct word per article, at its first
 * occurrence that no match covers.
 */
export function checkNearMisses(
  site: Pick<SiteIndex, 'corpus' | 'registry' | 'matcher' | 'mentions'>,
  memo: NearMissMemo = nearMissMemoAt(),
): Finding[] {
  const forms = site.registry.entities.flatMap(matcherForms);
  const index = buildNearMissIndex(forms);
  if (index.targets.length === 0) return [];
  const notForms = forms.filter((form) => form.strength === 'not').map((form): SurfaceForm => ({ form: form.form, key: form.key }));
  const context: NearMissContext = {
    index,
    matcher: site.matcher,
    mentions: site.mentions,
    hiders: notForms.length > 0 ? createMatcher(notForms) : undefined,
    buffers: new NormalizeBuffers(),
    folded: new FoldBuffer(),
    scratch: new NearMissScratch(),
  };
  const found: ArticleNearMiss[] = [];
  for (const article of site.corpus.articles) {
    const find = (): ArticleHit[] => {
      const suspects = suspectOffsets(article, context);
      return suspects.length > 0 ? nearMissesInArticle(article, suspects, context) : [];
    };
    const key = site.mentions.articles.get(article.id)?.scanKey;
    for (const { hit, position, written } of key === undefined ? find() : memo.get(key, find))
      found.push({ article, hit, problem: problemFrom(article.displayPath, position, nearMissMessage(written, hit.names)) });
  }
  memo.save();
  const articlesWith = new Map<string, Set<string>>();
  for (const { article, hit } of found) {
    let articles = articlesWith.get(hit.name);
    if (!articles) articlesWith.set(hit.name, (articles = new Set()));
    articles.add(article.id);
  }
  return found
    .filter(
      ({ article, hit }) =>
        aboutEntity(article, hit, site.mentions) || (articlesWith.get(hit.name)!.size <= RARE_IN_ARTICLES && !hit.names.some(definite)),
    )
    .map(({ problem, hit }) => ({ problem, about: hit.names.map((name) => name.key as EntityKey) }));
}

/** Does the name start with the article ال (after folding: الدوحة, not أليكس)? */
function definite(name: NearMissName): boolean {
  return normalize(name.form).startsWith('ال');
}

/** A word that stands in more articles than this, none about the entity it resembles, is an ordinary word. */
const RARE_IN_ARTICLES = 2;

/** One warning found in one article, kept or dropped once the whole archive is read. */
interface ArticleNearMiss {
  article: ArticleEntry;
  hit: NearMissHit;
  problem: Problem;
}

/** Does the article list, or mention by any name, an entity the word resembles? */
function aboutEntity(article: ArticleEntry, hit: NearMissHit, mentions: MentionIndex): boolean {
  const indexed = mentions.articles.get(article.id);
  if (!indexed) return false;
  const about = new Set<string>([...indexed.named, ...indexed.scan.title, ...indexed.scan.body.map((mention) => mention.entity)]);
  return hit.names.some((name) => about.has(name.key));
}

/**
 * The cheap pass over the raw body: most articles have no hit at all, and
 * in most others every hit lies inside a mention the index already found
 * (a word of a longer name). Returns where the other hits stand in the
 * body: only articles with some are parsed and matched again.
 */
function suspectOffsets(article: ArticleEntry, context: NearMissContext): number[] {
  const { codes, length, sourceOf } = foldedBody(article.body, context);
  const hits = findNearMisses(context.index, codes, length, context.scratch);
  if (hits.length === 0) return [];
  const mentions = context.mentions.articles.get(article.id)?.scan.body ?? [];
  const covered = mentionSpans(article, mentions);
  return hits
    .map((hit) => ({ start: sourceOf(hit.wordStart), end: sourceOf(hit.wordEnd - 1) + 1 }))
    .filter(({ start, end }) => !covered.some((span) => span.start < end && start < span.end))
    .map(({ start }) => start);
}

/** The body folded for scanning, with the source index of each unit. */
function foldedBody(body: string, context: NearMissContext): { codes: Uint16Array; length: number; sourceOf: (index: number) => number } {
  const length = foldText(body, context.folded);
  if (length !== undefined) {
    const { codes, sources } = context.folded;
    return { codes, length, sourceOf: (index) => sources[index]! };
  }
  // A surrogate pair: the full normaliser knows what to do with it.
  const normalized = normalizeToCodes(body, context.buffers);
  return { codes: normalized.codes, length: normalized.length, sourceOf: (index) => normalized.sourceStart[index]! };
}

/** Where the indexed mentions of an article stand in its body, as offsets. */
function mentionSpans(article: ArticleEntry, mentions: readonly BodyMention[]): Array<{ start: number; end: number }> {
  const lineStarts = lineStartsOf(article.body);
  return mentions.map((mention) => {
    const start = (lineStarts[mention.line - article.bodyLine] ?? 0) + mention.column - 1;
    return { start, end: start + mention.text.length };
  });
}

/** The precise pass, over the text nodes holding a suspect offset: prose only, hits covered by a name or a not-form dropped. */
function nearMissesInArticle(article: ArticleEntry, suspects: readonly number[], context: NearMissContext): ArticleHit[] {
  const hits: ArticleHit[] = [];
  const positions = bodyPositions(article.body, article.bodyLine);
  const reported = new Set<string>();
  const date = { date: article.data.date };
  forEachMentionText(parseMarkdownTree(article.body), ({ node }) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? Number.POSITIVE_INFINITY;
    if (!suspects.some((offset) => start <= offset && offset < end)) return;
    for (const found of uncoveredHits(node, context, date)) {
      if (reported.has(found.hit.name)) continue;
      reported.add(found.hit.name);
      hits.push({ hit: found.hit, position: positions.at(node, found.start), written: found.written });
    }
  });
  return hits;
}

interface FoundHit {
  hit: NearMissHit;
  /** Offset in the node's value where the would-be alias starts. */
  start: number;
  /** The would-be alias as a contributor would write it. */
  written: string;
}

function uncoveredHits(node: Text, context: NearMissContext, date: { date: string }): FoundHit[] {
  const value = node.value;
  const { codes, length, sourceStart, sourceEnd } = normalizeToCodes(value, context.buffers);
  const hits = findNearMisses(context.index, codes, length, context.scratch);
  if (hits.length === 0) return [];
  // Read the source offsets now: the buffers belong to the next normalisation.
  const located = hits.map((hit) => ({
    hit,
    wordStart: sourceStart[hit.wordStart]!,
    wordEnd: sourceEnd[hit.wordEnd - 1]!,
    start: sourceStart[hit.nameStart]!,
    end: sourceEnd[hit.nameEnd - 1]!,
  }));
  const hiding: Match[] = [...context.matcher.findAll(value, date), ...(context.hiders?.findAll(value, date) ?? [])];
  return located
    .filter(({ wordStart, wordEnd }) => !hiding.some((match) => match.tokenStart < wordEnd && wordStart < match.end))
    .map(({ hit, start, end }) => {
      // Written with لل, the alias is the name with its ال: «للأمم» → «الأمم».
      const written = `${hit.restoreAlef ? 'ا' : ''}${value.slice(start, end).replace(/\s+/gu, ' ')}`;
      return { hit, start, written };
    });
}

/** The warning: what the word looks like (one name per entity), and the two ways to settle it. */
function nearMissMessage(written: string, names: readonly NearMissName[]): Said {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(name.key)) byKey.set(name.key, name.form);
  return say('near-miss', { written, names: [...byKey].map(([key, form]) => ({ key, form })) });
}
