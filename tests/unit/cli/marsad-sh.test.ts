/** `bash scripts/marsad.sh <task>`: the one command contributors use, whatever Node.js is first on PATH. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const script = path.resolve('scripts/marsad.sh');

/** A home whose ~/.node24 holds the Node running these tests, and a PATH whose first `node` refuses to run (npm stays where the machine has it). */
function machineWithUnusableNode(): { home: string; pathVariable: string } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-home-'));
  const node24 = path.join(home, '.node24', 'bin');
  fs.mkdirSync(node24, { recursive: true });
  fs.symlinkSync(process.execPath, path.join(node24, 'node'));
  const oldBin = path.join(home, 'old-bin');
  fs.mkdirSync(oldBin);
  fs.writeFileSync(path.join(oldBin, 'node'), '#!/bin/sh\necho "v20.0.0: too old" >&2\nexit 1\n', { mode: 0o755 });
  const npmFolder = path.dirname(spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim());
  return { home, pathVariable: `${oldBin}:${npmFolder}:/usr/bin:/bin` };
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('bash', [script, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/marsad.sh', () => {
  it('prints the tasks in Arabic and English on --help', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('فحص المحتوى');
    expect(stdout).toContain('check the content');
  });

  it('refuses an unknown task in both languages and exits 2', () => {
    const { status, stderr } = run(['publish']);
    expect(status).toBe(2);
    expect(stderr).toContain('لا توجد مهمة باسم «publish»');
    expect(stderr).toContain("unknown task 'publish'");
  });

  it('runs the check with ~/.node24 when the first node on PATH cannot run', () => {
    const { home, pathVariable } = machineWithUnusableNode();
    const root = makeContentRoot(VALID_FILES);
    const { status, stdout } = run(['check'], { HOME: home, PATH: pathVariable, CONTENT_DIR: root });
    expect(status).toBe(0);
    expect(stdout).toMatch(/no problems/);
  });
});
