import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, problemAt, problemFrom, type Problem } from '../../../src/lib/content/problem.ts';
import { MAX_SHOWN, newProblems, problemsPayload } from '../../../src/lib/dev/payload.ts';
import { sayIn } from '../../../src/lib/messages/format.ts';

const ARTICLE = 'content/articles/2021/02/budget.md';
const unknownId = (language: 'ar' | 'en', line = 5): Problem =>
  problemFrom(
    ARTICLE,
    { line, column: 11 },
    sayIn(language, 'unknown-id', { id: 'khalifa-hafter', field: 'actors', collection: 'actors', suggestion: 'khalifa-haftar' }),
  );
const warning = problemAt('content/actors/qatar.md', { line: 2, column: 7 }, 'warning', 'a warning');
const absolute = (file: string) => path.resolve('/site', file);

describe('the payload for the preview pages', () => {
  it('carries each problem as the terminal prints it: path:line:col, then message, hint and code', () => {
    const problem = unknownId('en');
    const [shown] = problemsPayload([problem], 'en', absolute).problems;
    expect(shown?.location).toBe(`${ARTICLE}:5:11`);
    expect(formatProblem(problem)).toBe(`${shown?.location}: error: ${shown?.text}`);
    expect(shown?.text).toMatch(/\[unknown-id\]$/);
    expect(shown?.absolutePath).toBe(path.resolve('/site', ARTICLE));
  });

  it('lists errors before warnings, whatever order the check found them in', () => {
    const payload = problemsPayload([warning, unknownId('en')], 'en', absolute);
    expect(payload.problems.map((problem) => problem.severity)).toEqual(['error', 'warning']);
    expect([payload.errors, payload.warnings]).toEqual([1, 1]);
  });

  it('speaks the contributor’s language around the problems', () => {
    const arabic = problemsPayload([unknownId('ar'), warning], 'ar', absolute);
    expect(arabic.words.heading).toBe('مشكلات في المحتوى');
    expect(arabic.words.counts).toBe('الأخطاء: 1، التنبيهات: 1');
    expect(arabic.problems[0]?.text).toContain('غير موجود');
    const english = problemsPayload([unknownId('en'), warning], 'en', absolute);
    expect(english.words.counts).toBe('1 error, 1 warning');
  });

  it('changes its version when the problems change, and only then', () => {
    const before = problemsPayload([unknownId('en')], 'en', absolute);
    expect(problemsPayload([unknownId('en')], 'en', absolute).version).toBe(before.version);
    expect(problemsPayload([unknownId('en', 6)], 'en', absolute).version).not.toBe(before.version);
    expect(problemsPayload([], 'en', absolute).version).not.toBe(before.version);
  });

  it(`shows at most ${MAX_SHOWN} problems and says how many more the terminal has`, () => {
    const many = Array.from({ length: MAX_SHOWN + 3 }, (_, index) => unknownId('en', index + 1));
    const payload = problemsPayload(many, 'en', absolute);
    expect(payload.problems).toHaveLength(MAX_SHOWN);
    expect(payload.errors).toBe(MAX_SHOWN + 3);
    expect(payload.words.more).toBe('3 more problems in the terminal.');
    expect(problemsPayload(many, 'ar', absolute).words.more).toContain('3');
    expect(problemsPayload([unknownId('en')], 'en', absolute).words.more).toBe('');
  });
});

describe('what a re-check prints', () => {
  it('is the problems the previous check did not have', () => {
    expect(newProblems([warning], [warning, unknownId('en')])).toEqual([unknownId('en')]);
    expect(newProblems([warning, unknownId('en')], [warning])).toEqual([]);
  });

  it('counts a problem that moved to another line as new: the old place is no longer true', () => {
    expect(newProblems([unknownId('en', 5)], [unknownId('en', 6)])).toEqual([unknownId('en', 6)]);
  });
});
