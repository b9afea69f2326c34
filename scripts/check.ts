/**
 * `npm run check`: validate the content root without building. Exit 1 on any error.
 * `npm run check -- --fix`: first fix what can be fixed with certainty (fix-plan.ts):
 *   list the entities an article's text mentions, replace a misspelled id by
 *   the one it certainly stands for, write dates in ASCII digits. Only in the
 *   files changed since the base branch (`--base <ref>`, default origin/main
 *   or main), or in every file with `--all`; nothing at all while an error
 *   remains that these edits do not fix.
 * `MARSAD_LANG=ar|en` chooses the language of the messages (default: the locale).
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { fixScope } from '../src/lib/check/changed.ts';
import { addIdsToFrontmatter, rewriteValues } from '../src/lib/check/fix.ts';
import { fixLines, schemaFixedLine } from '../src/lib/check/fix-lines.ts';
import { planFixes } from '../src/lib/check/fix-plan.ts';
import { checkContentRoot, checkLoadedSite } from '../src/lib/check/index.ts';
import { reportLines } from '../src/lib/check/report.ts';
import { refreshOwnSchemas, schemaFolderOf } from '../src/lib/check/schemas.ts';
import { resolveContentRoot } from '../src/lib/content/corpus.ts';
import { readSettings } from '../src/lib/config/settings.ts';
import { runCommand } from '../src/lib/content/failure.ts';
import { messageText, say, type Said } from '../src/lib/messages/format.ts';
import { messageLanguage } from '../src/lib/messages/language.ts';
import { loadSiteIndex } from '../src/lib/site-index.ts';

const github = readSettings().githubAnnotations;
const line = (said: Said) => `${said.severity}: ${messageText(said)} [${said.code}]`;

/** `--base ref` or `--base=ref`. */
function optionValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const inline = args.find((arg) => arg.startsWith(`${name}=`));
  if (inline !== undefined) return inline.slice(name.length + 1);
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/** Runs `--fix`; false when it refused (then nothing was written and the reason is printed). */
function fix(root: string): boolean {
  const scope = fixScope(root, { all: process.argv.includes('--all'), base: optionValue('--base') });
  if (scope.kind === 'no-base') {
    console.log(line(say('fix-no-base', { base: scope.base })));
    return false;
  }
  if (scope.kind === 'all' && scope.why === 'outside-git') console.log(line(say('fix-outside-git')));
  const site = loadSiteIndex(root, { maxAgeMs: 0 });
  const result = checkLoadedSite(site);
  const refreshesSchemas = schemaFolderOf(site.corpus.root) !== undefined;
  const plan = planFixes(site, result.problems, scope, { refreshesSchemas });
  if (plan.remaining.length > 0) {
    for (const reported of reportLines(result, { github })) console.log(reported);
    console.log(line(say('fix-refused', { count: plan.remaining.length })));
    return false;
  }
  const language = messageLanguage();
  for (const planned of plan.fixes) {
    const source = readFileSync(planned.file, 'utf8');
    const fixed = addIdsToFrontmatter(rewriteValues(source, planned.edits), planned.additions);
    if (fixed === source) continue;
    writeFileSync(planned.file, fixed);
    for (const said of fixLines(planned, language)) console.log(said);
  }
  if (refreshesSchemas) for (const file of refreshOwnSchemas(site.corpus)) console.log(schemaFixedLine(file, language));
  return true;
}

await runCommand('npm run check', () => {
  const root = resolveContentRoot();
  if (process.argv.includes('--fix') && !fix(root)) {
    process.exitCode = 1;
    return;
  }
  const result = checkContentRoot(root);
  for (const reported of reportLines(result, { github })) console.log(reported);
  process.exitCode = result.errorCount > 0 ? 1 : 0;
});
