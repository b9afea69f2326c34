/**
 * `/data/README.md`: what the open data holds, under what licence, and how to
 * cite a release of it. Written from the exports themselves (their fields are
 * their CSV headers), so it cannot list a field that is not there.
 */
import type { Release } from './release.ts';

interface ExportFile {
  /** `entities.json`, `entities.csv`, … */
  files: readonly string[];
  /** One record per … */
  record: string;
  fields: readonly string[];
}

export interface ReadmeInput {
  release: Release;
  /** Where /data/ is served: absolute when SITE_URL is set. */
  dataUrl: string;
  siteName: string;
  exports: readonly ExportFile[];
}

const code = (value: string): string => `\`${value}\``;

/** The README's Markdown. */
export function dataReadme({ release, dataUrl, siteName, exports }: ReadmeInput): string {
  const year = release.content_date?.slice(0, 4) ?? 'n.d.';
  const licence =
    release.licence === null
      ? 'No licence has been set for this data yet: ask the site owner before reusing it. (The owner sets one with `MARSAD_DATA_LICENSE`; see docs/settings.md.)'
      : `The data is published under **${release.licence}**.`;
  return [
    `# ${siteName}: open data`,
    '',
    'Every actor and agreement of the archive, every mention of them in a published article, and the network they form: as JSON and as CSV (UTF-8 with a byte-order mark, RFC 4180).',
    '',
    '## This release',
    '',
    `- Content digest: ${code(release.content_digest)}`,
    `- Content date: ${release.content_date ?? 'none (no published articles)'}`,
    `- Licence: ${release.licence ?? 'not set'}`,
    '',
    'Every JSON file carries the same three fields at its top (`content_digest`, `content_date`, `licence`); every CSV file has them in a sidecar named after it (`entities.csv-metadata.json`, in the W3C CSV on the Web format), so the CSV itself stays a plain table any reader opens. Two files with the same digest come from the same content.',
    '',
    '## Licence',
    '',
    licence,
    '',
    '## Files and fields',
    '',
    '| files | one record per | fields |',
    '|---|---|---|',
    ...exports.map((entry) => `| ${entry.files.map(code).join(', ')} | ${entry.record} | ${entry.fields.map(code).join(', ')} |`),
    '',
    "Drafts appear nowhere. The repository's docs/open-data.md gives the meaning of each field.",
    '',
    '## How to cite',
    '',
    'Name the digest: it identifies the content exactly, whatever the date you downloaded it.',
    '',
    '```',
    `${siteName} (${year}). Open data, content ${release.content_date ?? 'n.d.'}. ${dataUrl}. Content digest ${release.content_digest}.${release.licence === null ? '' : ` Licence: ${release.licence}.`}`,
    '```',
    '',
    "The repository's CITATION.cff gives the same for reference managers.",
    '',
  ].join('\n');
}
