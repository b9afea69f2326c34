/**
 * Work kept between builds in the cache folder, so that a rebuild redoes only
 * what its changes touch: the mention scans (src/lib/mentions/scan-store.ts),
 * the check's near misses, the parsed frontmatter. Each kind keys its items
 * by everything they read of the content; what the keys cannot see is the
 * code that made them, so each kind's file is named by a digest of that code
 * and of the versions of the packages it runs, and work made by other code is
 * never read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Work kept between builds: the file names start with `prefix`, and a digest of the `code` (folders or files under src/lib) the work depends on. */
export interface KeptWork {
  prefix: string;
  /** Folders or files under src/lib whose code the work depends on. */
  code: readonly string[];
  /** Packages whose code it runs: their versions are part of the digest. */
  packages: readonly string[];
}

/** The file this kind of work is kept in, under `cacheDir`; undefined when the code is not where a build runs it from. */
export function keptWorkFile(cacheDir: string, kind: KeptWork, projectRoot: string = process.cwd()): string | undefined {
  const lib = path.join(projectRoot, 'src/lib');
  if (!existsSync(lib)) return undefined;
  const hash = createHash('sha1');
  for (const part of kind.code) {
    const at = path.join(lib, part);
    const files = !existsSync(at)
      ? []
      : statSync(at).isDirectory()
        ? readdirSync(at, { recursive: true, encoding: 'utf8' })
            .filter((file) => file.endsWith('.ts'))
            .sort()
            .map((file) => path.join(part, file))
        : [part];
    for (const file of files)
      hash
        .update(`${file.split(path.sep).join('/')}\0`)
        .update(readFileSync(path.join(lib, file)))
        .update('\0');
  }
  for (const name of kind.packages) {
    const manifest = path.join(projectRoot, 'node_modules', name, 'package.json');
    hash.update(`${name}\0`).update(existsSync(manifest) ? readFileSync(manifest) : '');
  }
  return path.join(cacheDir, `${kind.prefix}${hash.digest('hex').slice(0, 16)}.v8`);
}

/** The work kept in `file`; none when there is no such file or it cannot be read (it is only a cache). */
export function readKeptWork<T>(file: string): Map<string, T> {
  try {
    const stored: unknown = deserialize(readFileSync(file));
    return stored instanceof Map ? (stored as Map<string, T>) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Keeps this work (that of one build, so the file holds one site's, not
 * every version of it) in `file`, written whole under another name first so
 * that a build reading it never sees half a file; drops the files of this
 * kind that older code left.
 */
export function writeKeptWork(file: string, work: ReadonlyMap<string, unknown>, kind: KeptWork): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, serialize(work));
  renameSync(partial, file);
  for (const name of readdirSync(dir))
    if (name.startsWith(kind.prefix) && name !== path.basename(file) && !name.endsWith('.partial'))
      rmSync(path.join(dir, name), { force: true });
}

/**
 * Items of one kind by key: those read from the kind's file, and those made
 * in this run. A run ends with `save`.
 */
export class KeptMemo<T> {
  readonly #kind: KeptWork;
  readonly #file: string | undefined;
  readonly #known: Map<string, T>;
  readonly #used = new Map<string, T>();
  #added = 0;

  /** `file`: where the items are kept; none keeps them in memory only. */
  constructor(kind: KeptWork, file?: string) {
    this.#kind = kind;
    this.#file = file;
    this.#known = file ? readKeptWork<T>(file) : new Map();
  }

  /** The item under `key`, made now by `make` unless known. */
  get(key: string, make: () => T): T {
    const known = this.peek(key);
    if (known !== undefined) return known;
    const item = make();
    this.put(key, item);
    return item;
  }

  /** The item under `key` if it is known, without making it (then kept, as by `get`). */
  peek(key: string): T | undefined {
    const item = this.#known.get(key);
    if (item !== undefined) this.#used.set(key, item);
    return item;
  }

  /** Adds an item made elsewhere (the mention scans of another thread). */
  put(key: string, item: T): void {
    this.#known.set(key, item);
    this.#used.set(key, item);
    this.#added++;
  }

  /** Ends a run: writes the items it used when some are new, so the file holds one site's, not every version of it. */
  save(): void {
    if (this.#file && this.#added > 0) writeKeptWork(this.#file, this.#used, this.#kind);
    this.#added = 0;
    this.#used.clear();
  }
}

/** The memos of this process, on globalThis: the pages run from Astro's bundle, a copy of this module, and the build saves theirs too. */
const MEMOS_KEY = Symbol.for('marsad.kept-memos');

function processMemos(): Map<string, KeptMemo<unknown>> {
  const holder = globalThis as typeof globalThis & { [MEMOS_KEY]?: Map<string, KeptMemo<unknown>> };
  return (holder[MEMOS_KEY] ??= new Map());
}

/** Ends the run of every memo of this process (the build calls it when its pages are written). */
export function saveKeptMemos(): void {
  for (const memo of processMemos().values()) memo.save();
}

/** The memo of this kind kept under `cacheDir`, read once per process. */
export function keptMemo<T>(kind: KeptWork, cacheDir: string): KeptMemo<T> {
  // Asked once per page for some kinds: the code digest (every file of its folders read) is taken once per process.
  const id = `${cacheDir}\0${kind.prefix}`;
  const memos = processMemos();
  let memo = memos.get(id) as KeptMemo<T> | undefined;
  if (!memo) memos.set(id, (memo = new KeptMemo<T>(kind, keptWorkFile(cacheDir, kind))));
  return memo;
}
