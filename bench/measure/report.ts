/** The tables `npm run bench` prints, from the figures it also writes as JSON. */
import type { Measurement } from './measure.ts';

export interface CorpusResult {
  articles: number;
  entities: number;
  marsad: Measurement;
  incremental?: Measurement & {
    editedPagesShowEdit: boolean;
    editedPages: number;
    /** Whether a search for a word only the new title has lists the article; undefined when the bench builds no search index. */
    searchFindsEdit?: boolean | undefined;
  };
  hugo?: Measurement;
  hugoPagefind?: Measurement;
  pages: { marsad: number; hugo?: number };
  /** Mean bytes of an article page's HTML. */
  articleHtmlBytes: { marsad: number; hugo?: number };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const gigabytes = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);
const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function hugoTotalMs(result: CorpusResult): number | undefined {
  return result.hugo && result.hugoPagefind ? result.hugo.ms + result.hugoPagefind.ms : undefined;
}

export function formatCorpusResult(result: CorpusResult): string {
  const { marsad, hugo, hugoPagefind, incremental } = result;
  const lines = [`## ${result.articles.toLocaleString('en')} articles, ${result.entities.toLocaleString('en')} entities`, ''];
  const rows: string[][] = marsad.stages.map((stage) => [stage.stage, seconds(stage.ms), gigabytes(stage.peakRss), '', '']);
  rows.push(['total', seconds(marsad.ms), gigabytes(marsad.peakRss), '', '']);
  const reference = hugoTotalMs(result);
  if (hugo && hugoPagefind && reference !== undefined) {
    rows.push(['Hugo', '', '', seconds(hugo.ms), gigabytes(hugo.peakRss)]);
    rows.push(['Pagefind on Hugo’s pages', '', '', seconds(hugoPagefind.ms), gigabytes(hugoPagefind.peakRss)]);
    rows.push(['Hugo + Pagefind total', '', '', seconds(reference), gigabytes(Math.max(hugo.peakRss, hugoPagefind.peakRss))]);
  }
  lines.push(table(['stage', 'Marsad s', 'Marsad peak GB', 'Hugo s', 'Hugo peak GB'], rows), '');
  if (reference !== undefined) lines.push(`ratio Marsad / (Hugo + Pagefind): ${(marsad.ms / reference).toFixed(2)}×`);
  lines.push(`pages: Marsad ${result.pages.marsad}${result.pages.hugo === undefined ? '' : `, Hugo ${result.pages.hugo}`}`);
  lines.push(
    `article page HTML: Marsad ${kilobytes(result.articleHtmlBytes.marsad)} KB` +
      (result.articleHtmlBytes.hugo === undefined ? '' : `, Hugo ${kilobytes(result.articleHtmlBytes.hugo)} KB`),
  );
  if (incremental) {
    lines.push(
      `one-article rebuild: ${seconds(incremental.ms)} s, ${((incremental.ms / marsad.ms) * 100).toFixed(1)}% of the full build, peak ${gigabytes(incremental.peakRss)} GB; ` +
        `the edit shows on ${incremental.editedPages} dependent page(s): ${incremental.editedPagesShowEdit ? 'yes' : 'NO'}` +
        (incremental.searchFindsEdit === undefined
          ? ''
          : `; search finds it by a word of the new title: ${incremental.searchFindsEdit ? 'yes' : 'NO'}`),
    );
    lines.push(
      '',
      table(
        ['rebuild stage', 's', 'peak GB'],
        incremental.stages.map((stage) => [stage.stage, seconds(stage.ms), gigabytes(stage.peakRss)]),
      ),
    );
  }
  return lines.join('\n');
}
