/**
 * What the dev server (src/integrations/dev-problems.ts) and the script on
 * every preview page (src/client/dev-problems.ts) say to each other, over
 * Vite's HMR connection: no extra endpoint, and Vite reconnects on its own.
 * Types and names only, so the page loads nothing of the check.
 */
import type { Problem } from '../content/problem.ts';
import type { Language } from '../messages/language.ts';

/** Server to pages: the problems now, after every re-check and in answer to PROBLEMS_REQUEST. */
export const PROBLEMS_EVENT = 'marsad:problems';

/**
 * Page to server: "what are the problems now?", sent once a page has loaded.
 * Every content edit reloads the open pages, and a broadcast sent during a
 * reload would be missed.
 */
export const PROBLEMS_REQUEST = 'marsad:problems-request';

/** One problem as a page shows it. */
export interface ShownProblem {
  /** `path:line:col`, as in the terminal, so a contributor can match the two. */
  location: string;
  /** Absolute path, for the overlay's "open in editor" link. */
  absolutePath: string;
  line: number;
  column: number;
  severity: Problem['severity'];
  /** Message, hint and `[code]`, in the contributor's language. */
  text: string;
}

/** The words around the problems, in the payload's language. */
export interface ProblemWords {
  heading: string;
  counts: string;
  /** Under the overlay's list: what happens once the file is saved. */
  hint: string;
  /** Shown under a shortened list; empty when every problem is listed. */
  more: string;
  hide: string;
}

export interface ProblemsPayload {
  language: Language;
  /** Changes whenever the problems do: a page shows the overlay once per version, and a hidden banner stays hidden until something changes. */
  version: string;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, each in the check's order; at most MAX_SHOWN (payload.ts). */
  problems: ShownProblem[];
  words: ProblemWords;
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'marsad:problems': ProblemsPayload;
    'marsad:problems-request': undefined;
  }
}
