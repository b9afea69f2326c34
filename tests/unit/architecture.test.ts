/**
 * The product does not depend on its tooling: no file under src/ imports from
 * bench/ (benchmarks, the synthetic corpus generator) or tests/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const SOURCE_FILE = /\.(?:astro|[cm]?[jt]sx?)$/;
const FORBIDDEN = ['bench', 'tests'].map((folder) => path.join(ROOT, folder));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier in a file: static and dynamic imports, re-exports, side-effect imports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"`])([^'"`\n]+)\1/g)) found.push(match[2]!);
  return found;
}

/** The folder a specifier reaches into when it is a path, relative or rooted at the repository. */
function forbiddenTarget(file: string, specifier: string): string | undefined {
  let target: string | undefined;
  if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier);
  else if (specifier.startsWith('/')) target = path.resolve(ROOT, `.${specifier}`);
  else if (/^(?:bench|tests)\//.test(specifier)) target = path.resolve(ROOT, specifier);
  if (target === undefined) return undefined;
  return FORBIDDEN.find((folder) => target === folder || target.startsWith(folder + path.sep));
}

describe('architecture', () => {
  const files = sourceFiles(path.join(ROOT, 'src'));

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(specifiers(`import { a } from '../b.ts';\nexport * from "./c.ts";\nconst d = await import('../../bench/e.ts');\nimport './f.css';`)).toEqual([
      '../b.ts',
      './c.ts',
      '../../bench/e.ts',
      './f.css',
    ]);
    expect(forbiddenTarget(path.join(ROOT, 'src/lib/x.ts'), '../../bench/synthetic/writer.ts')).toBe(path.join(ROOT, 'bench'));
    expect(forbiddenTarget(path.join(ROOT, 'src/lib/x.ts'), '../../tests/helpers/build.ts')).toBe(path.join(ROOT, 'tests'));
    expect(forbiddenTarget(path.join(ROOT, 'src/lib/x.ts'), '../build/trace.ts')).toBeUndefined();
  });

  it('nothing under src/ imports from bench/ or tests/', () => {
    const offending = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => forbiddenTarget(file, specifier) !== undefined)
        .map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
