/**
 * Keeps every generated name, alias and id unique across the corpus:
 * a name is claimed with all its prefixed writings, so no two entities can
 * ever be read from the same text, and never with a word of running text.
 */
import { normalize } from '../../src/lib/arabic/normalize.ts';
import { writings, type ReservedWords } from './reserved.ts';

/** The forms and ids taken so far in one corpus. */
export class NameClaims {
  private readonly taken = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(private readonly reserved: ReservedWords) {}

  /** Whether every form is usable and none overlaps a claimed one or another of `forms`. */
  available(forms: readonly string[]): boolean {
    const seen = new Set<string>();
    for (const form of forms) {
      if (this.reserved.problemWith(form) !== undefined) return false;
      for (const writing of writings(normalize(form).trim())) {
        if (this.taken.has(writing) || seen.has(writing)) return false;
        seen.add(writing);
      }
    }
    return true;
  }

  /** Claim forms already known to be `available`. */
  claim(forms: readonly string[]): void {
    for (const form of forms) for (const writing of writings(normalize(form).trim())) this.taken.add(writing);
  }

  /**
   * The first free id from a Latin name: lower-case words joined by hyphens,
   * numbered when the plain one is taken.
   */
  claimId(latin: string): string {
    const base =
      latin
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 48)
        .replace(/-+$/, '') || 'entity';
    let id = base;
    for (let suffix = 2; this.ids.has(id); suffix++) id = `${base}-${suffix}`;
    this.ids.add(id);
    return id;
  }
}
