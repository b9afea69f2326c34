/**
 * The product does not depend on its tooling: no file under src/ imports from
 * bench/ (benchmarks, the synthetic corpus generator) or tests/.
 *
 * Pages compute, components render: nothing under src/components/ or
 * src/layouts/ loads the site index (src/lib/site-index.ts), directly or
 * through another module. A page's cache key digests its props; a component
 * reading the index on its own would show what the key does not cover, and
 * incremental builds would silently keep stale pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** An import as written, and whether it is erased from the compiled code (`import type`, `export type`): such an import loads nothing. */
interface ImportLine {
  specifier: string;
  typeOnly: boolean;
}

/**
 * Every import and re-export of a file with whether it is type-only. Only a
 * whole-statement `import type`/`export type` counts as erased: `import { type A }`
 * may leave `import '…'` behind (verbatimModuleSyntax), so it loads the module.
 */
function importLines(text: string): ImportLine[] {
  const found: ImportLine[] = [];
  for (const match of text.matchAll(/\b(import|export)(\s+type\b)?(?:[\s\w*{},$]*?\bfrom)?\s*\(?\s*(['"`])([^'"`\n]+)\3/g)) {
    found.push({ specifier: match[4]!, typeOnly: match[2] !== undefined });
  }
  return found;
}

/** The file a relative or rooted specifier names, trying the extensions Vite would; undefined for packages and virtual modules (`astro:content`). */
function resolveImport(file: string, specifier: string): string | undefined {
  let target: string;
  if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier);
  else if (specifier.startsWith('/')) target = path.resolve(ROOT, `.${specifier}`);
  else return undefined;
  target = target.replace(/\?.*$/, '');
  const candidates = [target, `${target}.ts`, `${target}.js`, path.join(target, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/**
 * The chain of imports by which `file` loads `forbidden`, or undefined when it
 * does not. The file itself may not even name the forbidden module in a type
 * import (a component's props would then be shaped by the index); past the
 * first step only imports that load code are followed.
 */
function importChain(
  file: string,
  forbidden: string,
  read: (file: string) => string = (name) => readFileSync(name, 'utf8'),
): string[] | undefined {
  const seen = new Set<string>();
  const visit = (current: string, first: boolean): string[] | undefined => {
    if (seen.has(current)) return undefined;
    seen.add(current);
    for (const { specifier, typeOnly } of importLines(read(current))) {
      if (typeOnly && !first) continue;
      const target = resolveImport(current, specifier);
      if (target === undefined) continue;
      if (target === forbidden) return [current, target];
      if (typeOnly) continue;
      const rest = visit(target, false);
      if (rest) return [current, ...rest];
    }
    return undefined;
  };
  return visit(file, true);
}

const SITE_INDEX = path.join(ROOT, 'src/lib/site-index.ts');

describe('architecture', () => {
  const files = sourceFiles(path.join(ROOT, 'src'));

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(
      specifiers(`import { a } from '../b.ts';\nexport * from "./c.ts";\nconst d = await import('../../bench/e.ts');\nimport './f.css';`),
    ).toEqual(['../b.ts', './c.ts', '../../bench/e.ts', './f.css']);
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

  it('follows imports from module to module, and not through type-only ones', () => {
    expect(
      importLines(
        `import type { A } from './a.ts';\nimport { type B, c } from './b.ts';\nexport type { D } from './d.ts';\nexport { e } from './e.ts';\nimport './f.css';`,
      ),
    ).toEqual([
      { specifier: './a.ts', typeOnly: true },
      { specifier: './b.ts', typeOnly: false },
      { specifier: './d.ts', typeOnly: true },
      { specifier: './e.ts', typeOnly: false },
      { specifier: './f.css', typeOnly: false },
    ]);
    // A fake component and the modules it reaches: the real files are replaced by these texts, so the rule itself is tested.
    const component = path.join(ROOT, 'src/components/Fake.astro');
    const pages = path.join(ROOT, 'src/lib/pages/entity-page.ts');
    const drawings = path.join(ROOT, 'src/lib/graph/drawings.ts');
    const fake = (texts: Record<string, string>) => (file: string) => texts[file] ?? '';
    const direct = fake({ [component]: `---\nimport { loadSiteIndex } from '../lib/site-index.ts';\n---` });
    expect(importChain(component, SITE_INDEX, direct)).toEqual([component, SITE_INDEX]);
    const typeOnlyHere = fake({ [component]: `---\nimport type { SiteIndex } from '../lib/site-index.ts';\n---` });
    expect(importChain(component, SITE_INDEX, typeOnlyHere)).toEqual([component, SITE_INDEX]);
    const throughAnother = fake({
      [component]: `---\nimport { entityPageProps } from '../lib/pages/entity-page.ts';\n---`,
      [pages]: `import { neighbourhoodDrawing } from '../graph/drawings.ts';`,
      [drawings]: `import { loadSiteIndex } from '../site-index.ts';`,
    });
    expect(importChain(component, SITE_INDEX, throughAnother)).toEqual([component, pages, drawings, SITE_INDEX]);
    const typeFurtherOn = fake({
      [component]: `---\nimport { entityPageProps } from '../lib/pages/entity-page.ts';\n---`,
      [pages]: `import type { SiteIndex } from '../site-index.ts';`,
    });
    expect(importChain(component, SITE_INDEX, typeFurtherOn)).toBeUndefined();
  });

  it('nothing under src/components/ or src/layouts/ loads the site index', () => {
    const rendering = files.filter((file) =>
      ['src/components', 'src/layouts'].some((folder) => file.startsWith(path.join(ROOT, folder) + path.sep)),
    );
    expect(rendering.length).toBeGreaterThan(20);
    const offending = rendering.flatMap((file) => {
      const chain = importChain(file, SITE_INDEX);
      return chain ? [chain.map((step) => path.relative(ROOT, step)).join(' → ')] : [];
    });
    expect(offending).toEqual([]);
  });

  it('the pages that read the site index are found by the same rule', () => {
    // The rule must see real imports: an article page loads the index, so a component doing the same would be caught.
    expect(importChain(path.join(ROOT, 'src/pages/articles/[...id].astro'), SITE_INDEX)).toBeDefined();
  });
});

describe('the README shows the whole layout', () => {
  it('lists every folder of src/lib in its layout block, so a newcomer finds each one', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const layout = readme.slice(readme.indexOf('## Layout'));
    const folders = readdirSync(path.join(ROOT, 'src/lib'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(20);
    expect(folders.map((entry) => `src/lib/${entry.name}/`).filter((folder) => !layout.includes(`\n${folder}`))).toEqual([]);
  });
});
