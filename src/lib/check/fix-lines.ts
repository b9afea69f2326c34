/**
 * What `--fix` changed, one line per kind of edit and file. Like the count at
 * the end of a check (src/lib/messages/summary.ts), these lines name no
 * problem, so they have no code.
 */
import type { Language } from '../messages/language.ts';
import { fixedLine } from '../messages/summary.ts';
import type { FileFix } from './fix-plan.ts';

export function fixLines(fix: FileFix, language: Language): string[] {
  const lines: string[] = [];
  const { displayPath: file } = fix;
  if (fix.replacements.length > 0) {
    const pairs = fix.replacements.map(({ typed, replacement }) =>
      language === 'ar' ? `${replacement} بدل ${typed}` : `${typed} → ${replacement}`,
    );
    lines.push(language === 'ar' ? `${file}: كُتب ${pairs.join('، ')}` : `${file}: replaced ${pairs.join(', ')}`);
  }
  if (fix.dates.length > 0) {
    lines.push(
      language === 'ar'
        ? `${file}: كُتب التاريخ بالأرقام اللاتينية: ${fix.dates.join('، ')}`
        : `${file}: date written in ASCII digits: ${fix.dates.join(', ')}`,
    );
  }
  if (Object.keys(fix.additions).length > 0) lines.push(fixedLine(file, fix.additions, language));
  return lines;
}

/** A schema file `--fix` rewrote because a new or renamed entity had left it stale. */
export function schemaFixedLine(file: string, language: Language): string {
  return language === 'ar'
    ? `${file}: حُدّث بمعرّفات الكيانات الحالية (أضفه إلى الإيداع)`
    : `${file}: updated with the current entity ids (commit it)`;
}
