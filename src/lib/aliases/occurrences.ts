/**
 * Where candidate names stand in a document's prose, outside every match of
 * the matcher (a name or a not-form there already says what the text is).
 */
import type { Text } from 'mdast';
import { keepAdmitted } from '../entities/evidence.ts';
import type { Match, Matcher } from '../entities/matcher.ts';
import type { Registry } from '../entities/registry.ts';
import { normalizeForm } from '../entities/forms.ts';
import { bodyPositions } from '../mentions/body-positions.ts';
import { parseMarkdownTree } from '../mentions/markdown.ts';
import { forEachMentionText } from '../mentions/text-nodes.ts';
import type { Candidate } from './candidates.ts';
import type { SuggestDocument } from './documents.ts';
import { headNounBefore, phraseOwner } from './phrases.ts';

/** One place a candidate stands. */
export interface Occurrence {
  candidate: Candidate;
  /** As written there, prefixes excluded. */
  written: string;
  displayPath: string;
  line: number;
  column: number;
  /** Entities the document is about. */
  about: ReadonlySet<string>;
  /** For a phrase: whether its owner was found among the mentioned actor's affiliations. */
  resolved: boolean;
}

/** What a walk over documents needs. */
export interface OccurrenceContext {
  registry: Registry;
  /** The site's entity matcher. */
  matcher: Matcher;
  /** The not-forms matched as names (the entity matcher drops them); undefined when there are none. */
  hiders: Matcher | undefined;
  /** Finds the registry's candidates (keys are their normalised texts). */
  candidates: Matcher;
  byText: ReadonlyMap<string, Candidate>;
  /** Normalised names and not-forms: a phrase among them is registered already. */
  registered: ReadonlySet<string>;
}

/** Every occurrence of a candidate in the prose of `document`, in order. */
export function occurrencesIn(document: SuggestDocument, context: OccurrenceContext): Occurrence[] {
  const found: Occurrence[] = [];
  const positions = bodyPositions(document.body, document.bodyLine);
  const date = { date: document.date };
  const at = (node: Text, start: number, written: string, candidate: Candidate, resolved = true): Occurrence => ({
    candidate,
    written: written.replace(/\s+/gu, ' '),
    displayPath: document.displayPath,
    ...positions.at(node, start),
    about: document.about,
    resolved,
  });

  forEachMentionText(parseMarkdownTree(document.body), ({ node }) => {
    const value = node.value;
    const matches = context.matcher.findAll(value, date);
    const hiding: Match[] = [...matches, ...(context.hiders?.findAll(value, date) ?? [])];
    const hidden = (start: number, end: number) => hiding.some((match) => match.tokenStart < end && start < match.end);

    for (const match of context.candidates.findAll(value, date)) {
      const candidate = context.byText.get(match.key);
      if (candidate && !hidden(match.tokenStart, match.end))
        found.push(at(node, match.start, value.slice(match.start, match.end), candidate));
    }

    for (const match of keepAdmitted(matches, document.about)) {
      const mentioned = context.registry.byKey.get(match.key as `actors/${string}`);
      // A name behind a prefix (حكومة لحفتر) is no construct phrase.
      if (mentioned?.collection !== 'actors' || match.tokenStart !== match.start) continue;
      const head = headNounBefore(value, match.tokenStart);
      if (!head || hidden(head.start, match.tokenStart - 1)) continue;
      const written = value.slice(head.start, match.end);
      const normalized = normalizeForm(written);
      if (context.registered.has(normalized)) continue;
      const owner = phraseOwner(head.kinds, mentioned, context.registry);
      // «قوات الجيش الوطني الليبي» only repeats a name the text already links to the same entity.
      if (owner.resolved && owner.key === match.key) continue;
      found.push(
        at(
          node,
          head.start,
          written,
          { kind: 'phrase', normalized, text: written.replace(/\s+/gu, ' '), keys: [owner.key] },
          owner.resolved,
        ),
      );
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
