import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsError } from '../../../src/lib/config/settings.ts';
import { failureLines, runCommand } from '../../../src/lib/content/failure.ts';

function systemError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a system error');
}

describe('failureLines', () => {
  it('a file-system error is one line naming the path, without a stack trace', () => {
    const missing = path.resolve('no-such-folder/x.md');
    const lines = failureLines(systemError(() => readFileSync(missing)), 'npm run check');
    expect(lines).toEqual(['no-such-folder/x.md: open failed: no such file or folder']);
  });

  it('an invalid setting names the variable, without a stack trace or a bug report', () => {
    const lines = failureLines(new SettingsError(['MARSAD_AUTOLINK: "some" is not one of first, all, none']), 'npm run check');
    expect(lines).toEqual(['npm run check: Invalid settings in the environment (see docs/settings.md):', '  MARSAD_AUTOLINK: "some" is not one of first, all, none']);
  });

  it('anything else is an internal error: it says so, where to report it, and keeps the stack for the report', () => {
    const lines = failureLines(new TypeError('x is undefined'), 'npm run check');
    expect(lines[0]).toBe('internal error in npm run check: this is a bug in Marsad, not a problem in your content.');
    expect(lines[1]).toBe("Please report it on the project's issue tracker, with the command you ran and this output:");
    expect(lines[2]).toBe('TypeError: x is undefined');
    expect(failureLines('a string', 'astro build').at(-1)).toBe('a string');
  });
});

describe('runCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('prints the failure on standard error and sets exit code 1', async () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    await runCommand('npm run check', () => {
      throw new RangeError('boom');
    });
    expect(process.exitCode).toBe(1);
    expect(printed[0]).toMatch(/^internal error in npm run check: this is a bug in Marsad/);
  });

  it('leaves the exit code the command set', async () => {
    await runCommand('npm run check', () => {
      process.exitCode = 0;
    });
    expect(process.exitCode).toBe(0);
  });
});
