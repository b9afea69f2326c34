/**
 * Base against HEAD: which files were added, changed, renamed or removed, and
 * which mentions each entity gained or lost. A rename is a removed id that a
 * HEAD file lists in `redirect_from`, or that git's rename detection pairs
 * with an added one; the renamed file's mentions are compared under its new
 * id, so moving a file alone gains and loses nothing.
 */
import type { FileFacts, FileKey, MentionFact, Snapshot } from './snapshot.ts';

interface Rename {
  from: FileKey;
  to: FileKey;
  /** How it was recognised. */
  by: 'redirect_from' | 'git';
}

interface FileChanges {
  added: FileFacts[];
  /** HEAD's facts of files whose content differs (renamed ones included when their content changed too). */
  changed: FileFacts[];
  renamed: Rename[];
  removed: FileFacts[];
}

interface MentionChange {
  entity: string;
  gained: MentionFact[];
  lost: MentionFact[];
}

export interface SnapshotDiff {
  files: FileChanges;
  mentions: MentionChange[];
  /** Base keys under their HEAD names (renamed files), for comparing what pages list. */
  renamedTo: ReadonlyMap<FileKey, FileKey>;
}

const byKey = <T extends { key: string }>(a: T, b: T): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Renames: `redirect_from` first (the contributor said so), then git's pairs among what is still unpaired. */
function findRenames(base: Snapshot, head: Snapshot, gitRenames: ReadonlyArray<{ from: FileKey; to: FileKey }>): Rename[] {
  const removed = new Set([...base.files.keys()].filter((key) => !head.files.has(key)));
  const added = new Set([...head.files.keys()].filter((key) => !base.files.has(key)));
  const renames: Rename[] = [];
  for (const file of head.files.values()) {
    if (!added.has(file.key)) continue;
    for (const old of file.redirectFrom) {
      const from: FileKey = `${file.collection}/${old}`;
      if (!removed.has(from)) continue;
      renames.push({ from, to: file.key, by: 'redirect_from' });
      removed.delete(from);
      added.delete(file.key);
      break;
    }
  }
  for (const { from, to } of gitRenames) {
    if (!removed.has(from) || !added.has(to)) continue;
    renames.push({ from, to, by: 'git' });
    removed.delete(from);
    added.delete(to);
  }
  return renames.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** The differences between `base` and `head`. */
export function diffSnapshots(
  base: Snapshot,
  head: Snapshot,
  gitRenames: ReadonlyArray<{ from: FileKey; to: FileKey }> = [],
): SnapshotDiff {
  const renamed = findRenames(base, head, gitRenames);
  const renamedTo = new Map(renamed.map((rename) => [rename.from, rename.to]));
  const renamedFrom = new Map(renamed.map((rename) => [rename.to, rename.from]));
  const added: FileFacts[] = [];
  const changed: FileFacts[] = [];
  for (const file of head.files.values()) {
    const before = base.files.get(renamedFrom.get(file.key) ?? file.key);
    if (before === undefined) added.push(file);
    else if (before.digest !== file.digest) changed.push(file);
  }
  const removed = [...base.files.values()].filter((file) => !head.files.has(file.key) && !renamedTo.has(file.key));

  return {
    files: { added: added.sort(byKey), changed: changed.sort(byKey), renamed, removed: removed.sort(byKey) },
    mentions: diffMentions(base.mentions, head.mentions, renamedTo),
    renamedTo,
  };
}

/**
 * Per entity and article, the mentions HEAD has beyond the base's (gained) or
 * lacks (lost), matched by their words rather than their lines: an edit above
 * a mention moves its line without gaining or losing anything.
 */
function diffMentions(
  base: readonly MentionFact[],
  head: readonly MentionFact[],
  renamedTo: ReadonlyMap<FileKey, FileKey>,
): MentionChange[] {
  const articleAtHead = (id: string): string => (renamedTo.get(`articles/${id}`) ?? `articles/${id}`).slice('articles/'.length);
  const group = (mentions: readonly MentionFact[], rename: boolean) => {
    const groups = new Map<string, MentionFact[]>();
    for (const mention of mentions) {
      const article = rename ? articleAtHead(mention.article) : mention.article;
      const key = `${mention.entity}\0${article}\0${mention.text}`;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(mention);
    }
    return groups;
  };
  const before = group(base, true);
  const after = group(head, false);
  const changes = new Map<string, MentionChange>();
  const changeOf = (entity: string): MentionChange => {
    let change = changes.get(entity);
    if (!change) changes.set(entity, (change = { entity, gained: [], lost: [] }));
    return change;
  };
  for (const [key, now] of after) {
    const was = before.get(key) ?? [];
    if (now.length > was.length) changeOf(now[0]!.entity).gained.push(...now.slice(was.length));
  }
  for (const [key, was] of before) {
    const now = after.get(key) ?? [];
    if (was.length > now.length) changeOf(was[0]!.entity).lost.push(...was.slice(now.length));
  }
  const order = (a: MentionFact, b: MentionFact) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.line - b.line);
  return [...changes.values()]
    .map((change) => ({ ...change, gained: change.gained.sort(order), lost: change.lost.sort(order) }))
    .sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}
