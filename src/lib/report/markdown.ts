/**
 * The report as Markdown, for a terminal, a job summary and a pull-request
 * comment alike. Every section is always there, saying "None." when empty,
 * so a reviewer learns that nothing changed rather than wondering.
 */
import type { SnapshotDiff } from './diff.ts';
import type { AffectedPages } from './pages.ts';
import type { FileFacts } from './snapshot.ts';

/** A hidden marker by which the workflow finds its own comment to update it. */
export const REPORT_MARKER = '<!-- marsad-report -->';

export interface ReportWarning {
  /** Relative to the content root. */
  file: string;
  line: number;
  code: string | undefined;
  message: string;
}

export interface ReportSuggestion {
  text: string;
  entity: string;
  count: number;
  verdict: 'strong' | 'weak';
  examples: readonly string[];
}

export interface ReportInput {
  base: string;
  diff: SnapshotDiff;
  pages: AffectedPages;
  /** Names of entities (HEAD's, else the base's), by key. */
  names: ReadonlyMap<string, string>;
  warnings: readonly ReportWarning[];
  suggestions: readonly ReportSuggestion[];
}

const NONE = '_None._';
const item = (file: FileFacts): string => `- \`${file.id}\` ${file.title}${file.draft ? ' (draft)' : ''}`;
/** Backticks in content would close the code span early. */
const inline = (text: string): string => text.replace(/`/g, "'");

function filesSection(heading: string, collections: readonly string[], input: ReportInput): string[] {
  const { added, changed, renamed, removed } = input.diff.files;
  const of = (files: readonly FileFacts[]) => files.filter((file) => collections.includes(file.collection));
  const renames = renamed.filter((rename) => collections.some((collection) => rename.to.startsWith(`${collection}/`)));
  const lines = [`### ${heading}`, ''];
  const list = (title: string, entries: readonly string[]) =>
    lines.push(`**${title} (${entries.length})**`, '', ...(entries.length > 0 ? entries : [NONE]), '');
  list('Added', of(added).map(item));
  list('Changed', of(changed).map(item));
  list(
    'Renamed',
    renames.map(
      (rename) =>
        `- \`${rename.from}\` → \`${rename.to}\` (${rename.by === 'redirect_from' ? 'old URL redirects' : 'found by git: add the old id to `redirect_from`'})`,
    ),
  );
  list('Removed', of(removed).map(item));
  return lines;
}

function mentionsSection(input: ReportInput): string[] {
  const lines = ['### Mentions gained and lost', ''];
  if (input.diff.mentions.length === 0) return [...lines, NONE, ''];
  for (const change of input.diff.mentions) {
    lines.push(
      `**${input.names.get(change.entity) ?? change.entity}** (\`${change.entity}\`): +${change.gained.length} −${change.lost.length}`,
      '',
    );
    for (const mention of change.gained) lines.push(`- gained: \`${mention.article}\` line ${mention.line} «${inline(mention.text)}»`);
    for (const mention of change.lost) lines.push(`- lost: \`${mention.article}\` line ${mention.line} «${inline(mention.text)}» (base)`);
    lines.push('');
  }
  return lines;
}

function pagesSection(pages: AffectedPages): string[] {
  const list = (title: string, paths: readonly string[]) => [
    `**${title} (${paths.length})**`,
    '',
    ...(paths.length > 0 ? paths.map((page) => `- \`/${page}\``) : [NONE]),
    '',
  ];
  return [
    '### Pages whose content changes',
    '',
    ...list('Entity pages', pages.entityPages),
    ...list('Timeline months', pages.timelineMonths),
    ...list('Feeds', pages.feeds),
  ];
}

/** The whole report. */
export function reportMarkdown(input: ReportInput): string {
  const lines = [REPORT_MARKER, `## What this change does to the site (against \`${input.base}\`)`, ''];
  lines.push(...filesSection('Articles', ['articles'], input));
  lines.push(...filesSection('Entities', ['actors', 'agreements'], input));
  lines.push(...mentionsSection(input));
  lines.push(...pagesSection(input.pages));
  lines.push('### Check warnings in changed files', '');
  if (input.warnings.length === 0) lines.push(NONE);
  for (const warning of input.warnings)
    lines.push(`- \`${warning.file}:${warning.line}\` ${inline(warning.message)}${warning.code === undefined ? '' : ` [${warning.code}]`}`);
  lines.push('', '### Alias suggestions for changed files', '');
  if (input.suggestions.length === 0) lines.push(NONE);
  for (const suggestion of input.suggestions) {
    lines.push(
      `- «${suggestion.text}» → \`${suggestion.entity}\`: ${suggestion.count}×, ${suggestion.verdict} (${suggestion.examples.map((example) => `\`${example}\``).join(', ')})`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
