/**
 * CPU time spent by a process and every process under it (a cluster primary and its workers), read
 * from Linux's /proc. On a machine shared with other work a server's throughput moves by a third
 * from one minute to the next, while the CPU time it spends per request moves much less: the
 * HTTP benchmark reports both. Undefined where there is no /proc.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface Stat {
  parent: number;
  /** User and system time, in clock ticks. */
  ticks: number;
}

function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100; // USER_HZ on every Linux in use
  }
}

const TICKS = ticksPerSecond();

/**
 * The fields after the command name, which may itself hold spaces and parentheses
 * (proc(5): pid (comm) state ppid ... utime stime ...).
 */
export function parseStat(text: string): Stat | undefined {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(parent) && Number.isFinite(ticks) ? { parent, ticks } : undefined;
}

/**
 * Milliseconds of CPU used so far by process `pid` alone, or undefined without it or without /proc.
 * @example processCpuMs(process.pid)
 */
export function processCpuMs(pid: number): number | undefined {
  const stat = readStat(String(pid));
  return stat === undefined ? undefined : (stat.ticks * 1000) / TICKS;
}

function readStat(pid: string): Stat | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined; // gone since the directory was listed
  }
}

/**
 * Milliseconds of CPU used so far by `root` and its descendants still running, or undefined
 * without /proc.
 *
 * @example
 *   const before = treeCpuMs(child.pid!); await load(); const used = treeCpuMs(child.pid!)! - before!;
 */
export function treeCpuMs(root: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat === undefined) continue;
    const pid = Number(entry);
    ticks.set(pid, stat.ticks);
    children.set(stat.parent, [...(children.get(stat.parent) ?? []), pid]);
  }
  if (!ticks.has(root)) return undefined;
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += ticks.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return (total * 1000) / TICKS;
}
