import { createReadStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/** Inputs shorter than this finish before a bar would be worth drawing. */
const LONG_INPUT = 500;

export interface Progress {
  /** One more answer done; `line` is where it starts, the bar's position when it counts lines. */
  tick(line?: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * Counts the lines of a file quickly (bytes only, no decoding) so the bar can show a percentage.
 *
 * @example await countLines('answers.jsonl') // 100000
 */
export async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  // A last line without a line break is a line too.
  return last === 10 ? lines : lines + 1;
}

/**
 * A progress bar on stderr for long inputs; silent when stderr is not a terminal, so pipes and
 * log files never fill with bar redraws. With an unknown total (stdin) it shows a running count.
 */
export function createProgress(io: CliIo, options: { total?: number }): Progress {
  if (!io.stderrIsTTY) return silent;
  const total = options.total;
  if (total !== undefined && total < LONG_INPUT) return silent;
  const bar = new SingleBar({
    stream: io.stderr,
    format:
      total === undefined
        ? 'marking {value} answers'
        : 'marking [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    fps: 5,
    etaBuffer: 100,
  });
  let count = 0;
  let started = false;
  return {
    tick(line?: number): void {
      // Against a total of lines, the position is the line reached: a CSV answer may span several.
      count = total !== undefined && line !== undefined ? Math.max(count + 1, line) : count + 1;
      if (!started && (total !== undefined || count >= LONG_INPUT)) {
        bar.start(total ?? 0, count);
        started = true;
      } else if (started) {
        bar.update(count);
      }
    },
    stop(): void {
      if (started) bar.stop();
    },
  };
}
