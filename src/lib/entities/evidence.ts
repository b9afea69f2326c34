/**
 * Weak gating (docs/matching.md, rule 11): a weak or place form is a mention
 * only in a document about its entity, one whose frontmatter lists the
 * entity or whose text also names it by a strong form. «السراج» is then
 * al-Sarraj in an article about him, and «سلامة» is "safety" elsewhere.
 *
 * The evidence is the whole document (title and body), so the scanner and
 * the linker, which see one text node at a time, both ask this module.
 */

/** A document's date and the entities it is about, as the site index found them. */
export interface DocumentEvidence {
  date: string | undefined;
  /** Entities whose weak names count in this document. */
  admitted: ReadonlySet<string>;
  /**
   * The entities the site index found in the body outside headings: all the
   * linker can link. Once each has its first link, the rest of the document
   * need not be matched again (most of a long article, often). Trusted only
   * for the text in `scanned`.
   */
  linkable?: readonly string[];
  /** The Markdown body the site index scanned (the same string its pages render, so keeping it costs nothing). */
  scanned?: string;
}

/** The entities a document is about: listed in its frontmatter, or named by a strong form anywhere in it. */
export function entitiesInEvidence(named: Iterable<string>, matches: Iterable<{ key: string; weak: boolean }>): Set<string> {
  const admitted = new Set(named);
  for (const match of matches) if (!match.weak) admitted.add(match.key);
  return admitted;
}

/** The matches that count: every strong one, and the weak ones of admitted entities. */
export function keepAdmitted<T extends { key: string; weak: boolean }>(matches: readonly T[], admitted: ReadonlySet<string>): T[] {
  return matches.filter((match) => !match.weak || admitted.has(match.key));
}
