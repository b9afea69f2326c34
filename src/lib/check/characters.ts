/**
 * Invisible characters that change how text reads without showing
 * themselves. Bidirectional controls can make a name or a link display as
 * something else (the "Trojan Source" trick), so they are refused
 * everywhere; zero-width characters are refused in names and ids, and allowed
 * in running text, where ZWJ/ZWNJ have legitimate uses in Arabic script.
 */
import type { ArticleEntry, Corpus, Entry } from '../content/corpus.ts';
import { problemFrom, type Position, type Problem } from '../content/problem.ts';
import type { CollectionName } from '../content/schema.ts';
import { surfaceForms } from '../entities/registry.ts';
import { say } from '../messages/format.ts';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;

function describe(character: string): string {
  return `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkName(entry: Entry<CollectionName, object>, value: string, path: readonly PropertyKey[], problems: Problem[]): void {
  const hidden = BIDI_CONTROLS.exec(value) ?? ZERO_WIDTH.exec(value);
  if (hidden) {
    problems.push(
      problemFrom(
        entry.displayPath,
        entry.locate(path),
        say('invisible-character', { field: path.join('.'), character: describe(hidden[0]) }),
      ),
    );
  }
}

/** Positions of bidirectional controls in an article body. */
function bidiInBody(article: ArticleEntry): Position[] {
  const found: Position[] = [];
  article.body.split('\n').forEach((line, index) => {
    const match = BIDI_CONTROLS.exec(line);
    if (match) found.push({ line: article.bodyLine + index, column: match.index + 1 });
  });
  return found;
}

export function checkCharacters(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const article of corpus.articles) {
    checkName(article, article.data.title, ['title'], problems);
    for (const position of bidiInBody(article)) {
      problems.push(problemFrom(article.displayPath, position, say('bidi-control')));
    }
  }
  for (const entity of [...corpus.actors, ...corpus.agreements]) {
    for (const { form, path } of surfaceForms(entity)) checkName(entity, form, path, problems);
  }
  return problems;
}
