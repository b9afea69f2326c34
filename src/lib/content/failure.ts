/**
 * How a command ends when something throws. Content never should: the
 * loader and the checks turn every problem of a file into a `path:line:col`
 * message. What remains is the file system refusing (a permission, a full
 * disk), told by path and without a stack trace, or a bug of Marsad's own,
 * which says that it is one and how to report it; its stack trace is kept,
 * because whoever fixes the bug needs it.
 */
import { SettingsError } from '../config/settings.ts';
import { displayPathOf } from './corpus.ts';

/** What the file system said, in words a contributor can act on. */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied: check the permissions of the file and its folder',
  EPERM: 'the operation is not permitted: check the permissions of the file and its folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'a symbolic link leads back to itself: links in the content folder are not followed, delete it',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open at once: run the command again',
};

/** An error the operating system raised about a path (`fs` calls), as opposed to a bug. */
function systemError(error: unknown): (NodeJS.ErrnoException & { code: string }) | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall } = error as NodeJS.ErrnoException;
  return typeof code === 'string' && typeof syscall === 'string' ? (error as NodeJS.ErrnoException & { code: string }) : undefined;
}

/**
 * The lines to print for an error that stopped `command` (such as `npm run
 * check`): one `path: reason` line for the file system, the invalid
 * environment variables by name, or the internal-error report for anything else.
 */
export function failureLines(error: unknown, command: string): string[] {
  if (error instanceof SettingsError) return `${command}: ${error.message}`.split('\n');
  const system = systemError(error);
  if (system) {
    const where = system.path === undefined ? command : displayPathOf(system.path);
    return [`${where}: ${system.syscall ?? 'a file operation'} failed: ${SYSTEM_REASONS[system.code] ?? system.code}`];
  }
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return [
    `internal error in ${command}: this is a bug in Marsad, not a problem in your content.`,
    `Please report it on the project's issue tracker, with the command you ran and this output:`,
    ...detail.split('\n'),
  ];
}

/**
 * Runs the body of a command-line script. Whatever it throws is printed as
 * `failureLines` on standard error and the exit code set to 1; the script's
 * own exit code stands otherwise.
 */
export async function runCommand(command: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    for (const line of failureLines(error, command)) console.error(line);
    process.exitCode = 1;
  }
}
