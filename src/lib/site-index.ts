/**
 * The site index, the hub every page, component and CLI reads: the corpus,
 * its registry, matcher and mention index for a content root, built once and
 * shared by everything in the process: Astro loads the linker and the pages
 * as separate module graphs, so the memo lives on globalThis. A change to
 * any content file (seen by size and mtime) rebuilds it, reusing the scans of
 * unchanged files: those of this process, and those an earlier build kept in
 * the cache folder (src/lib/mentions/scan-store.ts).
 */
import { createHash } from 'node:crypto';
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { listCollection, loadCorpus, type ArticleEntry, type Corpus } from './content/corpus.ts';
import { COLLECTIONS, type CollectionName } from './content/schema.ts';
import type { DocumentEvidence } from './entities/evidence.ts';
import type { Matcher } from './entities/matcher.ts';
import { buildRegistry, createEntityMatcher, entityKey, matcherForms, registrySignature, type Registry } from './entities/registry.ts';
import { traceSpan } from './build/trace.ts';
import { cacheFolder } from './config/settings.ts';
import { frontmatterMemo } from './content/frontmatter-memo.ts';
import { buildMentionIndex, type MentionIndex, type ScanLookup } from './mentions/mention-index.ts';
import { scanMemo } from './mentions/scan-store.ts';
import type { DocumentScan } from './mentions/scan.ts';

export interface SiteIndex {
  corpus: Corpus;
  registry: Registry;
  matcher: Matcher;
  mentions: MentionIndex;
  /** Changes whenever any entity's id or surface forms change: every link may then change. */
  generation: string;
  /** Every readable article by id, with its text. */
  articles: ReadonlyMap<string, ArticleEntry>;
  /** What the linker needs to know of a content file (by absolute path) to link what the index counts. */
  evidence(file: string): DocumentEvidence | undefined;
}

interface Memo {
  signature: string;
  /** When the signature was last compared with the files. */
  checkedAt: number;
  /** How long reading the signature took. */
  signatureMs: number;
  site: SiteIndex;
}

/**
 * How long a memo is trusted without looking at the files again. Every page
 * and every rendered document asks for the index; stat-ing the whole content
 * root each time would make a build quadratic in the number of files.
 */
const RECHECK_AFTER_MS = 1000;

/**
 * On a large archive even one look costs (11,000 files: a quarter of a
 * second), so a memo is also trusted for this many times that cost, and the
 * looks take at most 1/20 of a build. `maxAgeMs: 0` always looks.
 */
const SIGNATURE_COST_FACTOR = 20;

interface SharedState {
  memos: Map<string, Memo>;
}

const STATE_KEY = Symbol.for('marsad.site-index');

function sharedState(): SharedState {
  const holder = globalThis as typeof globalThis & { [STATE_KEY]?: SharedState };
  return (holder[STATE_KEY] ??= { memos: new Map() });
}

export interface LoadOptions {
  /** Trust a memo this recent without looking at the files; 0 when the caller has just changed a file. */
  maxAgeMs?: number;
  now?: number;
}

export function loadSiteIndex(root: string, { maxAgeMs = RECHECK_AFTER_MS, now = Date.now() }: LoadOptions = {}): SiteIndex {
  const state = sharedState();
  const memo = state.memos.get(root);
  const trustedFor = maxAgeMs === 0 ? 0 : Math.max(maxAgeMs, (memo?.signatureMs ?? 0) * SIGNATURE_COST_FACTOR);
  if (memo && now - memo.checkedAt < trustedFor) return memo.site;
  const started = performance.now();
  const signature = contentSignature(root);
  const signatureMs = performance.now() - started;
  if (memo && memo.signature === signature) {
    memo.checkedAt = now;
    memo.signatureMs = signatureMs;
    return memo.site;
  }

  const site = traceSpan('mention index', () => buildSiteIndex(root));
  state.memos.set(root, { signature, checkedAt: now, signatureMs, site });
  return site;
}

function buildSiteIndex(root: string): SiteIndex {
  const frontmatter = frontmatterMemo(cacheFolder());
  const corpus = loadCorpus(root, frontmatter);
  frontmatter.save();
  const registry = buildRegistry(corpus);
  const matcher = createEntityMatcher(registry);
  const generation = createHash('sha1').update(registrySignature(registry)).digest('base64');
  const articles = new Map(corpus.articles.map((article) => [article.id, article]));
  // The scans this index uses are what the store keeps; it is written only when one of them is new.
  const scans = scanMemo(cacheFolder());
  const lookup: ScanLookup = { get: (key) => scans.peek(key), set: (key, scan) => scans.put(key, scan) };
  // The forms go to the thread that scans half of a cold build's documents.
  const mentions = buildMentionIndex(corpus, matcher, lookup, generation, registry.entities.flatMap(matcherForms));
  scans.save();
  const byFile = new Map<string, DocumentEvidence>();
  for (const article of corpus.articles) {
    const indexed = mentions.articles.get(article.id);
    if (indexed)
      byFile.set(article.file, {
        date: article.data.date,
        admitted: admittedIn(indexed.named, indexed.scan),
        linkable: linkableIn(indexed.scan),
        scanned: article.body,
      });
  }
  for (const entity of registry.entities) {
    const scan = mentions.descriptions.get(entityKey(entity));
    if (scan)
      byFile.set(entity.file, { date: undefined, admitted: admittedIn([], scan), linkable: linkableIn(scan), scanned: entity.body });
  }
  return { corpus, registry, matcher, mentions, generation, articles, evidence: (file) => byFile.get(file) };
}

/** The entities a scanned document is about: what it lists and what it was found to mention (weak mentions were kept only for those). */
function admittedIn(named: readonly string[], scan: DocumentScan): Set<string> {
  return new Set([...named, ...scan.title, ...scan.body.map((mention) => mention.entity)]);
}

/** The entities a scanned document mentions outside its headings, each once. */
function linkableIn(scan: DocumentScan): string[] {
  return [...new Set(scan.body.filter((mention) => !mention.inHeading).map((mention) => mention.entity))];
}

/**
 * Names, sizes and modification times of every file the corpus reads, listed
 * by the same walk as the loader (src/lib/content/walk.ts), so no link is
 * followed here either. Skipped entries (links, special files) count by name
 * and kind: adding or removing one changes the problems a check reports.
 */
function contentSignature(root: string): string {
  const hash = createHash('sha1');
  if (statSafe(root) === undefined) return 'missing';
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { files, skipped } = listCollection(root, collection);
    for (const relative of files) {
      const stat = statSafe(path.join(root, collection, relative));
      hash.update(`${collection}/${relative}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}\n`);
    }
    for (const { file, message } of skipped) hash.update(`${file}\0${message}\n`);
  }
  return hash.digest('base64');
}

/** Size and time of a listed file, or undefined should it vanish or refuse (the loader then reports why). */
function statSafe(file: string): Stats | undefined {
  try {
    return lstatSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
