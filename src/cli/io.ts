import type { Readable, Writable } from 'node:stream';

/**
 * The streams and terminal facts a command uses. `src/cli.ts` passes the real process streams;
 * tests pass in-memory ones, so every command runs in-process.
 */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** stdin is a terminal: nothing was piped in, so reading it would wait for typing. */
  stdinIsTTY?: boolean;
  /** stderr is a terminal: show progress bars. */
  stderrIsTTY?: boolean;
  /** stdout is a terminal: colour and wrapping for people. */
  stdoutIsTTY?: boolean;
  /** Terminal width for wrapped text (default 80). */
  columns?: number;
  /** Directory that relative paths are resolved against (default: the process's). */
  cwd?: string;
}

/** Exit codes: 0 all done, 1 some input or rubric failed, 2 the command was used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in how the command was called (unknown rubric, missing file): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Writes one whole chunk and waits for the stream to drain when its buffer is full, so a slow
 * reader (a pipe into `head`) never makes us buffer 100k results in memory.
 *
 * @example await writeChunk(io.stdout, JSON.stringify(result) + '\n');
 */
export function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
