/**
 * `npm run verify [-- --dir dist] [--against <previous sitemap or URL list>]`: the command behind scripts/verify.ts,
 * returning its output and exit code so that tests run it in-process.
 * Exit 0 when nothing is lost, 1 on any problem, 2 on bad usage (an unknown
 * option, a missing directory, a SITE_URL that is not a URL).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentRoot } from '../content/corpus.ts';
import { siteLocationFromEnv } from './links/location.ts';
import { readSettings } from '../config/settings.ts';
import { verifyReportLines } from './report.ts';
import { verifySite } from './verify-site.ts';

export interface VerifyRun {
  exitCode: 0 | 1 | 2;
  stdout: string[];
  stderr: string[];
}

const usage = (message: string): VerifyRun => ({ exitCode: 2, stdout: [], stderr: [`verify: ${message}`] });
const isDirectory = (dir: string): boolean => statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Runs the verification for command-line `args`, reading CONTENT_DIR, SITE_URL and BASE_PATH from `env`. */
export function runVerify(args: readonly string[], env: Record<string, string | undefined> = process.env, cwd = process.cwd()): VerifyRun {
  let dirOption: string;
  let againstOption: string | undefined;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { dir: { type: 'string', default: 'dist' }, against: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    dirOption = values.dir;
    againstOption = values.against;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const dir = path.resolve(cwd, dirOption);
  if (!isDirectory(dir)) return usage(`${dirOption}: no such directory (build the site first: npm run build)`);
  // Before the content root, which would throw on an invalid setting rather than report it.
  const site = siteLocationFromEnv(env);
  if ('error' in site) return usage(site.error);
  const contentRoot = resolveContentRoot(env, cwd);
  if (!isDirectory(contentRoot)) return usage(`${contentRoot}: no content folder (set CONTENT_DIR to the one the site was built from)`);

  const settings = readSettings(env);
  // MARSAD_PREVIOUS_SITEMAP stands for --against, so CI sets it once for every run.
  const againstGiven = againstOption ?? settings.previousSitemap;
  const against = againstGiven === undefined ? undefined : path.resolve(cwd, againstGiven);
  if (against !== undefined && !(statSync(against, { throwIfNoEntry: false })?.isFile() ?? false))
    return usage(`${againstGiven}: no such file (--against reads a local sitemap or URL list)`);
  const report = verifySite({ dir, contentRoot, site, absoluteUrls: settings.siteUrl !== undefined, against });
  return { exitCode: report.problems.length > 0 ? 1 : 0, stdout: verifyReportLines(report), stderr: [] };
}
