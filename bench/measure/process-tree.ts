/**
 * Resident memory of a process and all its descendants, read from Linux's
 * /proc. `/usr/bin/time` reports only the largest single process, and a
 * Marsad build is two: Node and the Pagefind binary it starts.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

interface ProcessInfo {
  pid: number;
  parent: number;
  rss: number;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; fields after its last ')' are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const residentPages = Number(fields[21]);
    return { pid, parent, rss: residentPages * PAGE_BYTES };
  } catch {
    return undefined;
  }
}

export function processTreeRss(root: number): number {
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined);
  const children = new Map<number, ProcessInfo[]>();
  for (const info of processes) children.set(info.parent, [...(children.get(info.parent) ?? []), info]);
  let total = 0;
  const pending = processes.filter((info) => info.pid === root);
  while (pending.length > 0) {
    const info = pending.pop()!;
    total += info.rss;
    pending.push(...(children.get(info.pid) ?? []));
  }
  return total;
}

export function canMeasureMemory(): boolean {
  try {
    readFileSync('/proc/self/stat', 'utf8');
    return true;
  } catch {
    return false;
  }
}
