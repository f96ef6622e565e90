/**
 * The built command, run as a user runs it: a real process, real pipes, real exit codes.
 * Everything else in test/cli runs in-process; these few cases check the bin wiring.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli.js');

function builtIsCurrent(): boolean {
  if (!existsSync(BIN)) return false;
  return statSync(BIN).mtimeMs >= statSync(join(ROOT, 'src', 'cli', 'program.ts')).mtimeMs;
}

beforeAll(() => {
  if (builtIsCurrent()) return;
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
      { cwd: ROOT, stdio: 'pipe' },
    );
  } catch {
    // tsc still writes dist/ when an unrelated file has a type error; the tests below need only dist/cli.js.
  }
}, 120_000);

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
}

describe('the built essay-feedback command', () => {
  it('starts with a shebang so it runs as a bin', () => {
    expect(execFileSync('head', ['-n', '1', BIN], { encoding: 'utf8' }).trim()).toBe('#!/usr/bin/env node');
  });

  it('marks JSONL piped to stdin with the bundled rubrics, from any working directory', () => {
    const line = JSON.stringify({
      ref: 'p1',
      answer: 'Stalin died in 1953 and left no clear successor, so his deputies fought for power.',
    });
    const result = spawnSync(process.execPath, [BIN, 'mark', '--rubric', 'ussr-power-struggle-1953', '-'], {
      cwd: '/',
      input: `${line}\n{"ref":"p2"}\n`,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(result.status).toBe(1);
    expect(lines[0]).toMatchObject({ ref: 'p1', rubricId: 'ussr-power-struggle-1953', maxMark: 12 });
    expect(lines[1]).toEqual({ ref: 'p2', line: 2, error: 'missing "answer"' });
    expect(result.stderr).not.toMatch(/marking \[/);
  });

  it('stops quietly when the reader goes away, as with | head', () => {
    const answers = Array.from({ length: 3000 }, (_v, i) =>
      JSON.stringify({ ref: i, answer: 'Beria controlled the secret police.' }),
    ).join('\n');
    const result = spawnSync(
      'sh',
      ['-c', `node "${BIN}" mark --rubric ussr-power-struggle-1953 - | head -n 1`],
      {
        cwd: ROOT,
        input: answers,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ref: 0 });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('exits 2 and names the known rubrics for an unknown rubric id', () => {
    const result = cli(['mark', '--rubric', 'no-such', '-'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown rubric "no-such". Known rubrics: .*ussr-power-struggle-1953/);
  });
});
