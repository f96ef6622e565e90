import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseStat, processCpuMs, treeCpuMs } from './process-cpu';

describe("a server's CPU time from /proc", () => {
  it('reads the parent and the CPU ticks after a command name with spaces and parentheses', () => {
    const line = '4242 (node (worker) 2) S 4200 4242 4200 0 -1 4194560 900 0 0 0 150 25 3 4 20 0 11 0';
    expect(parseStat(line)).toEqual({ parent: 4200, ticks: 175 });
  });

  // /proc is Linux's: elsewhere the benchmark prints n/a, and this test has nothing to read.
  const linux = existsSync('/proc/self/stat');
  (linux ? it : it.skip)('counts the time of the processes a process started, while they run', async () => {
    // Busy for about 400 ms, then idle until killed.
    const child = spawn(process.execPath, [
      '-e',
      'const end = Date.now() + 400; while (Date.now() < end); setInterval(() => {}, 1000);',
    ]);
    try {
      await new Promise((r) => setTimeout(r, 700));
      const childMs = treeCpuMs(child.pid!)!;
      expect(childMs).toBeGreaterThanOrEqual(300);
      const selfBefore = processCpuMs(process.pid)!;
      // This process's own time, at least selfBefore, plus the child's, which is at least childMs.
      expect(treeCpuMs(process.pid)! - selfBefore).toBeGreaterThanOrEqual(childMs);
    } finally {
      child.kill();
    }
  });

  it('answers undefined for a process that does not exist', () => {
    expect(treeCpuMs(2 ** 22 + 7)).toBeUndefined();
  });
});
