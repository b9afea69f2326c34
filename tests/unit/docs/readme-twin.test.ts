/**
 * README.ar.md is the Arabic twin of README.md: the same sections in the same
 * order, and everything a reader types or copies left exactly as it is. When
 * README.md changes (a new section, a new command, a new figure) and the
 * Arabic does not follow, this fails and says where.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGLISH = readFileSync(path.resolve('README.md'), 'utf8');
const ARABIC = readFileSync(path.resolve('README.ar.md'), 'utf8');

/** A fenced code block, opened and closed by three or more backticks or tildes. */
interface Fence {
  text: string;
  /** The line of the opening fence, counted from 1. */
  line: number;
}

/** The document split into its fenced code blocks and the prose around them (with fences blanked, so lines keep their numbers). */
function splitFences(markdown: string): { fences: Fence[]; prose: string } {
  const lines = markdown.split('\n');
  const fences: Fence[] = [];
  const prose: string[] = [];
  let open: { marker: string; start: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!open) {
      if (fence) {
        open = { marker: fence[1]!, start: index, body: [line] };
        prose.push('');
      } else prose.push(line);
      return;
    }
    open.body.push(line);
    prose.push('');
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[1]![0] === open.marker[0] && close[1]!.length >= open.marker.length) {
      fences.push({ text: open.body.join('\n'), line: open.start + 1 });
      open = undefined;
    }
  });
  if (open) fences.push({ text: open.body.join('\n'), line: open.start + 1 });
  return { fences, prose: prose.join('\n') };
}

/** The `##` and `###` headings, in order, outside code. */
function headings(markdown: string): string[] {
  return splitFences(markdown)
    .prose.split('\n')
    .filter((line) => /^#{2,3} /.test(line));
}

/** Inline code spans of prose, as written (a table's `\|` stays as it is in the source). */
function inlineCode(prose: string): string[] {
  return [...prose.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)].map((match) => match[2]!);
}

/** Figures written with Western digits: 1,000, 3.7, 33–38 gives 33 and 38. */
function figures(prose: string): string[] {
  return [...prose.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => match[0]);
}

/** Targets of Markdown links, except the line that links the two READMEs. */
function linkTargets(prose: string): string[] {
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^README(\.ar)?\.md$/.test(target));
}

/** The document cut at each `##`/`###` heading: the part before the first heading, then one part per heading. */
function sections(markdown: string): { heading: string; prose: string; fences: string[] }[] {
  const lines = markdown.split('\n');
  const { fences, prose } = splitFences(markdown);
  const proseLines = prose.split('\n');
  const starts = [0, ...proseLines.flatMap((line, index) => (/^#{2,3} /.test(line) ? [index] : []))];
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? lines.length;
    return {
      heading: i === 0 ? '(before the first heading)' : proseLines[start]!,
      prose: proseLines.slice(start, end).join('\n'),
      fences: fences.filter((fence) => fence.line - 1 >= start && fence.line - 1 < end).map((fence) => fence.text),
    };
  });
}

/** The first line after the `#` title that is not blank. */
function lineUnderTitle(markdown: string): string | undefined {
  const lines = markdown.split('\n');
  const title = lines.findIndex((line) => /^# /.test(line));
  return lines.slice(title + 1).find((line) => line.trim() !== '');
}

/** What of `wanted` is not in `haystack`, each once. */
function missing(wanted: string[], haystack: string): string[] {
  return [...new Set(wanted)].filter((item) => !haystack.includes(item));
}

/** Figures of `wanted` that `haystack` does not contain as a whole figure (so 10 is not found inside 2010). */
function missingFigures(wanted: string[], haystack: string): string[] {
  const present = new Set(figures(haystack));
  return [...new Set(wanted)].filter((figure) => !present.has(figure));
}

describe('README.ar.md, the Arabic twin of README.md', () => {
  it('each links to the other on the line under its title', () => {
    expect(lineUnderTitle(ENGLISH)).toBe('[العربية](README.ar.md)');
    expect(lineUnderTitle(ARABIC)).toBe('[English](README.md)');
  });

  it('has as many ## and ### headings, level by level, in the same order', () => {
    const levels = (markdown: string) => headings(markdown).map((line) => line.split(' ')[0]);
    const english = headings(ENGLISH);
    const arabic = headings(ARABIC);
    const pairs = Array.from(
      { length: Math.max(english.length, arabic.length) },
      (_, i) => `${english[i] ?? '(none)'}  ↔  ${arabic[i] ?? '(none)'}`,
    );
    expect(levels(ARABIC), `README.md and README.ar.md headings, side by side:\n${pairs.join('\n')}`).toEqual(levels(ENGLISH));
  });

  it('contains every fenced code block of README.md, unchanged', () => {
    const arabicFences = splitFences(ARABIC).fences.map((fence) => fence.text);
    const absent = splitFences(ENGLISH).fences.filter((fence) => !arabicFences.includes(fence.text));
    expect(absent.map((fence) => `README.md:${fence.line}\n${fence.text}`)).toEqual([]);
  });

  it('contains every backticked `npm …` and `bash scripts/…` command of README.md, unchanged', () => {
    const commands = inlineCode(splitFences(ENGLISH).prose).filter((code) => /^(?:npm |bash scripts\/)/.test(code));
    expect(commands.length).toBeGreaterThan(0);
    expect(
      missing(
        commands.map((command) => `\`${command}\``),
        ARABIC,
      ),
    ).toEqual([]);
  });

  describe('section by section', () => {
    const english = sections(ENGLISH);
    const arabic = sections(ARABIC);
    english.forEach((section, i) => {
      const twin = arabic[i];
      describe(section.heading, () => {
        it('has a twin section', () => {
          expect(twin, `README.ar.md has no section #${i} to match "${section.heading}"`).toBeDefined();
        });
        if (!twin) return;
        const where = `"${section.heading}" ↔ "${twin.heading}"`;
        it('keeps its code blocks, inline code and link targets', () => {
          expect(missing(section.fences, twin.fences.join('\n')), where).toEqual([]);
          expect(
            missing(
              inlineCode(section.prose).map((code) => `\`${code}\``),
              twin.prose,
            ),
            where,
          ).toEqual([]);
          expect(missing(linkTargets(section.prose), twin.prose), where).toEqual([]);
        });
        it('keeps its figures', () => {
          expect(missingFigures(figures(section.prose), twin.prose), where).toEqual([]);
        });
      });
    });
  });
});
