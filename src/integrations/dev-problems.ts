/**
 * `npm run dev` re-runs the check on every save of a content file and says
 * what it found where the contributor is looking: new problems as
 * `path:line:col` lines in the terminal, and all of them on every open page
 * (src/client/dev-problems.ts). An address whose file has errors that keep it
 * out of the site (a date such as 2021-02-30) shows those errors instead of
 * Astro's 404 and its routing warning, which name neither the file nor the fault.
 *
 * The whole content root is checked each time: the demo takes about 40 ms,
 * and cross-file problems (an id another file lists, a name two entities
 * share) need the whole root anyway. The site index it reads is shared with
 * the collection loader (src/lib/site-index.ts), so the two read each file once.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContentRoot, type CheckResult } from '../lib/check/index.ts';
import { resultSummary } from '../lib/check/report.ts';
import { formatProblem, type Problem } from '../lib/content/problem.ts';
import { failureLines } from '../lib/content/failure.ts';
import { pageSource } from '../lib/dev/page-source.ts';
import { newProblems, problemsPayload } from '../lib/dev/payload.ts';
import { problemPageHtml } from '../lib/dev/problem-page.ts';
import { PROBLEMS_EVENT, PROBLEMS_REQUEST, type ProblemsPayload } from '../lib/dev/protocol.ts';
import { messageLanguage } from '../lib/messages/language.ts';

export interface DevProblemsOptions {
  /** The content root (CONTENT_DIR). */
  root: string;
  logger: AstroIntegrationLogger;
  /** The check run as the server started, already printed; undefined when it failed. */
  initial: CheckResult | undefined;
  /** Absolute path of the page script, to load it on the dev server's own pages. */
  clientModule: string;
}

/** How long after the last change the check runs: one save is often several writes (a temporary file, a rename). */
const SETTLE_MS = 80;

export function attachDevProblems(server: ViteDevServer, options: DevProblemsOptions): void {
  const { root, logger } = options;
  const language = messageLanguage();
  const absolute = (file: string) => path.resolve(file);
  let result = options.initial;
  let payload: ProblemsPayload = problemsPayload(result?.problems ?? [], language, absolute);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hot = server.environments.client.hot;

  const recheck = () => {
    clearTimeout(timer);
    timer = undefined;
    const before = result?.problems ?? [];
    try {
      result = checkContentRoot(root);
    } catch (error) {
      // What broke is printed once; the pages keep the last problems known, and the next save tries again.
      for (const line of failureLines(error, 'astro dev')) logger.error(line);
      return;
    }
    const added = newProblems(before, result.problems);
    if (added.length === 0 && result.problems.length === before.length) return;
    for (const problem of added) (problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
    (result.errorCount > 0 ? logger.error : logger.info).call(logger, resultSummary(result, language));
    payload = problemsPayload(result.problems, language, absolute);
    hot.send(PROBLEMS_EVENT, payload);
  };
  /** A request must not be answered from problems a pending re-check is about to replace. */
  const current = (): CheckResult | undefined => {
    if (timer !== undefined) recheck();
    return result;
  };

  server.watcher.add(root);
  server.watcher.on('all', (_event, changed) => {
    if (changed !== root && !changed.startsWith(root + path.sep)) return;
    clearTimeout(timer);
    timer = setTimeout(recheck, SETTLE_MS);
  });
  server.httpServer?.on('close', () => clearTimeout(timer));
  hot.on(PROBLEMS_REQUEST, (_data, client) => {
    current();
    client.send(PROBLEMS_EVENT, payload);
  });

  const scripts = [
    `${server.config.base}@vite/client`,
    `${server.config.base}${path.relative(server.config.root, options.clientModule).split(path.sep).join('/')}`,
  ];
  server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const page = blockedPage(request, options, current, scripts);
    if (page === undefined) return next();
    // As for a page whose rendering failed: the address exists, its content does not render.
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(request.method === 'HEAD' ? undefined : page);
  });
}

/**
 * The problem page for a request whose content file exists but was kept out
 * of the collections by its errors; undefined for every other request, which
 * goes on to Astro. A file that simply does not exist is Astro's 404 to give.
 */
function blockedPage(
  request: IncomingMessage,
  { root }: DevProblemsOptions,
  current: () => CheckResult | undefined,
  scripts: readonly string[],
): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const source = pageSource(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (source === undefined) return undefined;
  const file = path.join(root, source.collection, `${source.id}.md`);
  if (!existsSync(file)) return undefined;
  const result = current();
  if (result === undefined || result.corpus[source.collection].some((entry) => entry.id === source.id)) return undefined;
  const problems: Problem[] = result.problems.filter((problem) => path.resolve(problem.file) === file);
  if (!problems.some((problem) => problem.severity === 'error')) return undefined;
  const first = problems[0];
  if (first === undefined) return undefined;
  return problemPageHtml({
    payload: problemsPayload(problems, messageLanguage(), (shown) => path.resolve(shown)),
    file: first.file,
    scripts,
  });
}
