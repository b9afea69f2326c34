/**
 * Warnings that follow from an open error wait until it is fixed.
 *
 * The rule: a warning is held back when the file it is reported in has an
 * error, or when it is about an entity (the one to list, never mentioned,
 * or resembled) that an error concerns: the entity's own file has an error,
 * or an error elsewhere names it (a name two entities claim concerns both,
 * since neither's mentions can be told apart until it is settled). A new actor whose alias clashes
 * with another name would otherwise ask to tag every article that mentions
 * it, before anyone knows which entity those mentions belong to; an article
 * with a misspelled id would be told to list what its fixed id may cover.
 * Once the errors are fixed, the next run shows the warnings that still
 * apply. Nothing is dropped silently: the report says how many are held back.
 */
import type { Problem } from '../content/problem.ts';
import type { EntityKey } from '../entities/registry.ts';

/** A problem, with the entities it is about beyond its own file: the entity a mention warning asks to list, the one a shared name belongs to. */
export interface Finding {
  problem: Problem;
  about: readonly EntityKey[];
}

/** Splits warnings into those to show and those held back; every error is shown. */
export function holdBack(
  findings: readonly Finding[],
  fileOf: (key: EntityKey) => string | undefined,
): { shown: Problem[]; heldBack: Problem[] } {
  const errors = findings.filter(({ problem }) => problem.severity === 'error');
  const withErrors = new Set(errors.map(({ problem }) => problem.file));
  const named = new Set(errors.flatMap(({ about }) => about));
  const concerned = (key: EntityKey) => {
    const file = fileOf(key);
    return named.has(key) || (file !== undefined && withErrors.has(file));
  };
  const shown: Problem[] = [];
  const heldBack: Problem[] = [];
  for (const { problem, about } of findings) {
    const follows = problem.severity === 'warning' && (withErrors.has(problem.file) || about.some(concerned));
    (follows ? heldBack : shown).push(problem);
  }
  return { shown, heldBack };
}

/** Problems about no entity in particular. */
export function findings(problems: readonly Problem[]): Finding[] {
  return problems.map((problem) => ({ problem, about: [] }));
}
