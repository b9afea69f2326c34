/**
 * `npm run aliases -- suggest`: names the text uses for registered entities
 * that the registry lacks, counted over the whole content root:
 *
 * - a descriptive phrase on a registered name: a head noun (phrases.ts,
 *   HEAD_NOUNS) right before a mention («قوات حفتر», «حكومة الدبيبة»);
 * - a person's bare surname, standing on its own («الدبيبة»);
 * - a registered name without its ال («وفاق» for «الوفاق»).
 *
 * Each gets a verdict. Weak (add it as `{ text: …, weak: true }`, linked only
 * in articles about the entity) when it is one word of four letters or
 * fewer, when two registered persons share the surname, when a phrase's
 * owner could not be told, or when more than a fifth of its occurrences are
 * in documents that neither list the entity nor name it otherwise; strong
 * otherwise.
 */
import { createMatcher, type SurfaceForm } from '../entities/matcher.ts';
import { matcherForms } from '../entities/registry.ts';
import type { SiteIndex } from '../site-index.ts';
import { registeredTexts, registryCandidates, wordsOf, type CandidateKind } from './candidates.ts';
import { suggestDocuments } from './documents.ts';
import { occurrencesIn, type Occurrence } from './occurrences.ts';

export { HEAD_NOUNS } from './phrases.ts';

/** Suggestions seen fewer times than this are left out unless `--min` says otherwise. */
export const DEFAULT_MIN = 2;
/** One word this short is too easily another word: weak. */
const SHORT_WORD_LETTERS = 4;
/** More than this share of occurrences outside documents about the entity: weak. */
const UNSUPPORTED_SHARE = 0.2;
/** Places shown per suggestion. */
const EXAMPLES = 2;

export interface Suggestion {
  /** The name to add, spelt as the registry (or, for a phrase, the text) writes it. */
  text: string;
  /** The entity it would be a name of. */
  key: string;
  kind: CandidateKind;
  /** Occurrences in prose outside every match. */
  count: number;
  /** The first places it stands, `file:line`. */
  examples: string[];
  verdict: 'strong' | 'weak';
  /** Why the verdict, in a phrase. */
  reason: string;
  /** The line to write under `aliases:` in the entity's file. */
  alias: string;
}

export interface SuggestOptions {
  /** Least number of occurrences; DEFAULT_MIN when absent. */
  min?: number;
}

/** Suggestions for a content root, most frequent first. */
export function suggestAliases(
  site: Pick<SiteIndex, 'corpus' | 'registry' | 'matcher' | 'mentions'>,
  options: SuggestOptions = {},
): Suggestion[] {
  const registered = registeredTexts(site.registry);
  const candidates = registryCandidates(site.registry, registered);
  const notForms = site.registry.entities
    .flatMap(matcherForms)
    .filter((form) => form.strength === 'not')
    .map((form): SurfaceForm => ({ form: form.form, key: form.key }));
  const context = {
    registry: site.registry,
    matcher: site.matcher,
    hiders: notForms.length > 0 ? createMatcher(notForms) : undefined,
    candidates: createMatcher(candidates.map((candidate): SurfaceForm => ({ form: candidate.normalized, key: candidate.normalized }))),
    byText: new Map(candidates.map((candidate) => [candidate.normalized, candidate])),
    registered,
  };
  const occurrences = suggestDocuments(site).flatMap((document) => occurrencesIn(document, context));
  return rankSuggestions(occurrences, options.min ?? DEFAULT_MIN);
}

/** Group occurrences by name, judge each group, keep those seen at least `min` times, most frequent first. */
function rankSuggestions(occurrences: readonly Occurrence[], min: number): Suggestion[] {
  const groups = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = groups.get(occurrence.candidate.normalized);
    if (list) list.push(occurrence);
    else groups.set(occurrence.candidate.normalized, [occurrence]);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.length >= min)
    .map(([normalized, group]) => suggestionFor(normalized, group))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

function suggestionFor(normalized: string, group: readonly Occurrence[]): Suggestion {
  const { candidate } = group[0]!;
  const supported = (key: string) => group.filter((occurrence) => occurrence.about.has(key)).length;
  // Several entities may claim the name (a shared surname): it is the one whose documents it stands in most.
  const key = candidate.keys.reduce((best, other) => (supported(other) > supported(best) ? other : best));
  const { verdict, reason } = verdictOf(normalized, group, key, supported(key));
  const text = candidate.text;
  return {
    text,
    key,
    kind: candidate.kind,
    count: group.length,
    examples: group.slice(0, EXAMPLES).map((occurrence) => `${occurrence.displayPath}:${occurrence.line}`),
    verdict,
    reason,
    alias: verdict === 'strong' ? `- ${text}` : `- { text: ${text}, weak: true }`,
  };
}

function verdictOf(
  normalized: string,
  group: readonly Occurrence[],
  key: string,
  supported: number,
): Pick<Suggestion, 'verdict' | 'reason'> {
  const { candidate } = group[0]!;
  const words = wordsOf(normalized);
  if (words.length === 1 && normalized.length <= SHORT_WORD_LETTERS) {
    return { verdict: 'weak', reason: `one word of ${normalized.length} letters: too easily another word` };
  }
  if (candidate.kind === 'surname' && candidate.keys.length > 1) {
    return { verdict: 'weak', reason: `the surname of ${candidate.keys.length} registered persons: ${candidate.keys.join(', ')}` };
  }
  if (candidate.kind === 'phrase' && group.some((occurrence) => !occurrence.resolved)) {
    return {
      verdict: 'weak',
      reason: `${key} has no one affiliation the phrase's head noun names: it may name an actor not yet registered`,
    };
  }
  const count = group.length;
  const outside = count - supported;
  const share = `${Math.round((outside / count) * 100)}%`;
  if (outside / count > UNSUPPORTED_SHARE) {
    return {
      verdict: 'weak',
      reason: `${outside} of ${count} occurrences (${share}) are in documents that neither list ${key} nor name it otherwise`,
    };
  }
  return { verdict: 'strong', reason: `${supported} of ${count} occurrences are in documents that list ${key} or name it otherwise` };
}
