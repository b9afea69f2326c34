/**
 * Names the registry implies but does not list: the bare surname of a
 * person («الدبيبة» for «عبد الحميد الدبيبة») and a name without its ال
 * («وفاق» for «الوفاق»). Each is looked for in the text; what is found often
 * enough becomes a suggestion (suggest.ts).
 */
import { isSeparatorCode, isArticleForm, normalizeForm } from '../entities/forms.ts';
import { entityKey, matcherForms, surfaceForms, type Registry } from '../entities/registry.ts';

/** What sort of name a suggestion is. */
export type CandidateKind = 'phrase' | 'surname' | 'without-article';

/** A name to look for, with the entities it may belong to. */
export interface Candidate {
  kind: CandidateKind;
  /** Normalised: two candidates with the same text are one. */
  normalized: string;
  /** As the registry spells the name it comes from. */
  text: string;
  /** Entities it may name, in registry order. */
  keys: string[];
}

/** Every normalised name and not-form of the registry: a candidate among them is no news. */
export function registeredTexts(registry: Registry): Set<string> {
  return new Set(registry.entities.flatMap(matcherForms).map(({ form }) => normalizeForm(form)));
}

/** Words of a normalised name (split at spaces, quotes and brackets). */
export function wordsOf(normalized: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const char of normalized) {
    if (isSeparatorCode(char.charCodeAt(0))) {
      if (current) words.push(current);
      current = '';
    } else current += char;
  }
  if (current) words.push(current);
  return words;
}

/** The last word of a person's `name` when it has several, written as in the name. */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  return words.length > 1 ? words.at(-1) : undefined;
}

/** A name written with ال, without it: the whole form when it is one word, else its first word loses its ال. */
function withoutArticle(form: string): { normalized: string; text: string } | undefined {
  const normalized = normalizeForm(form);
  const [first] = wordsOf(normalized);
  // Only ال + at least three letters: shorter remainders are particles and pronouns.
  if (first === undefined || !isArticleForm(first) || first.length < 5) return undefined;
  const written = form.trim();
  const text = /^[اأإآ]ل/u.test(written) ? written.slice(2) : normalized.slice(2);
  return { normalized: normalized.slice(2), text };
}

/**
 * The surname and ال-less candidates of a registry, minus those already
 * registered (as a name or a not-form of any entity).
 */
export function registryCandidates(registry: Registry, registered: ReadonlySet<string>): Candidate[] {
  const byText = new Map<string, Candidate>();
  const add = (kind: CandidateKind, normalized: string, text: string, key: string) => {
    if (normalized.length === 0 || registered.has(normalized)) return;
    const candidate = byText.get(normalized);
    if (!candidate) byText.set(normalized, { kind, normalized, text, keys: [key] });
    else if (candidate.kind === kind && !candidate.keys.includes(key)) candidate.keys.push(key);
  };
  for (const entry of registry.entities) {
    if (entry.collection !== 'actors' || entry.data.kind !== 'person') continue;
    const surname = surnameOf(entry.data.name);
    if (surname !== undefined) add('surname', normalizeForm(surname), surname, entityKey(entry));
  }
  for (const entry of registry.entities) {
    for (const { form } of surfaceForms(entry)) {
      const bare = withoutArticle(form);
      if (bare) add('without-article', bare.normalized, bare.text, entityKey(entry));
    }
  }
  return [...byText.values()];
}
