/** How `npm run aliases -- suggest` prints its suggestions. */
import type { Suggestion } from './suggest.ts';

const KIND_LABELS: Readonly<Record<Suggestion['kind'], string>> = {
  phrase: 'phrase on a name',
  surname: 'bare surname',
  'without-article': 'name without its ال',
};

/** Markdown-ish lines: a heading, one line per suggestion with its examples under it, and how to add one. */
export function suggestionLines(suggestions: readonly Suggestion[], min: number): string[] {
  const seen = min === 1 ? 'at least once' : `${min} times or more`;
  if (suggestions.length === 0) return [`No candidate aliases seen ${seen}.`];
  const lines = [`## Candidate aliases seen ${seen} (${suggestions.length})`, ''];
  for (const suggestion of suggestions) {
    const times = suggestion.count === 1 ? 'once' : `${suggestion.count} times`;
    lines.push(
      `- "${suggestion.text}" → ${suggestion.key}: ${times}, ${suggestion.verdict} (${suggestion.reason}); ${KIND_LABELS[suggestion.kind]}`,
    );
    for (const example of suggestion.examples) lines.push(`    ${example}`);
  }
  // The examples are this run's own names where it has them.
  const strong = suggestions.find((suggestion) => suggestion.verdict === 'strong')?.text ?? 'حكومة السراج';
  const weak = suggestions.find((suggestion) => suggestion.verdict === 'weak')?.text ?? 'السراج';
  lines.push(
    '',
    `To add one, write it under \`aliases:\` in the entity's file: \`- ${strong}\` if strong, \`- { text: ${weak}, weak: true }\` if weak.`,
  );
  return lines;
}

/** The suggestions as JSON, for other tools. */
export function suggestionJson(suggestions: readonly Suggestion[]): string {
  return `${JSON.stringify(suggestions, null, 2)}\n`;
}
