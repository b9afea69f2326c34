import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_MARKER } from '../../../src/lib/report/markdown.ts';

/** The CI workflow, as GitHub reads it: what a pull request runs. */
const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  jobs: Record<
    string,
    { if?: string; permissions?: Record<string, string>; steps: Array<{ name?: string; run?: string; with?: { script?: string } }> }
  >;
};
const stepsOf = (job: string) => workflow.jobs[job]?.steps ?? [];

describe('the pull-request workflow', () => {
  it('puts the report in the job summary and finds its own comment by the marker the report starts with', () => {
    const report = workflow.jobs['report'];
    expect(report?.if).toBe("github.event_name == 'pull_request'");
    expect(report?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const runs = stepsOf('report')
      .map((step) => step.run ?? '')
      .join('\n');
    expect(runs).toContain('npm run --silent report -- --base "origin/$BASE_REF"');
    expect(runs).toContain('>> "$GITHUB_STEP_SUMMARY"');
    const script = stepsOf('report').find((step) => step.with?.script !== undefined)?.with?.script ?? '';
    expect(script).toContain(`const marker = '${REPORT_MARKER}';`);
    expect(script).toContain('updateComment');
  });

  it('verifies the build against the base branch’s sitemap, and against the deployed one when configured', () => {
    const runs = stepsOf('test').map((step) => step.run ?? '');
    expect(
      runs.some(
        (run) =>
          run.includes('git archive FETCH_HEAD content') &&
          run.includes('npm run verify -- --against "$RUNNER_TEMP/base-dist/sitemap.xml"'),
      ),
    ).toBe(true);
    expect(runs.some((run) => run.includes('MARSAD_PREVIOUS_SITEMAP="$dir/sitemap.xml" npm run verify'))).toBe(true);
  });
});
