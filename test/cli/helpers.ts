import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Runs the CLI in-process with in-memory streams, as a user would from a shell. */
export async function runCli(
  argv: string[],
  options: { stdin?: string | Buffer[]; cwd?: string; stdoutIsTTY?: boolean; columns?: number } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(argv, {
    // A string is one UTF-8 chunk; a list of buffers arrives chunk by chunk, as a slow pipe sends it.
    stdin: Readable.from(
      options.stdin === undefined
        ? []
        : Array.isArray(options.stdin)
          ? options.stdin
          : [Buffer.from(options.stdin)],
    ),
    stdout,
    stderr,
    stdinIsTTY: false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: false,
    columns: options.columns ?? 80,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: out(), stderr: err() };
}

/** A small levels rubric whose points are plain words, so CLI tests do not hang on engine subtleties. */
export const testRubric = {
  schemaVersion: 1,
  id: 'test-beria',
  title: 'Why was Beria removed?',
  topic: 'The USSR after Stalin',
  prompt: 'Explain why Beria was removed in 1953.',
  commandWord: 'Explain why',
  maxMark: 9,
  focus: ['removed', 'removal', 'fall'],
  modelAnswers: [
    'Beria controlled the secret police, so the other leaders feared him. Malenkov was premier, but he relied on the others. Beria was arrested in June 1953 because his rivals plotted against him.',
  ],
  points: [
    {
      id: 'secret-police',
      label: 'Beria controlled the secret police',
      match: { all: [['secret police', 'MVD', 'NKVD']] },
    },
    {
      id: 'arrest',
      label: 'Beria was arrested in 1953',
      match: { all: [['Beria'], ['arrested', 'arrest']] },
    },
    {
      id: 'malenkov',
      label: 'Malenkov became premier',
      match: { all: [['Malenkov'], ['premier', 'prime minister']] },
    },
  ],
  scheme: {
    type: 'levels',
    levels: [
      {
        level: 1,
        marks: [1, 3],
        descriptor: 'Simple statements.',
        requires: { points: 1 },
        nextStep: 'Make a second point.',
      },
      {
        level: 2,
        marks: [4, 6],
        descriptor: 'Some explanation.',
        requires: { points: 2 },
        nextStep: 'Make a third point.',
      },
      { level: 3, marks: [7, 9], descriptor: 'Explanation of several reasons.', requires: { points: 3 } },
    ],
  },
};

/** A fresh folder holding lexicon.json and the given rubrics (file name -> JSON value or raw text). */
export function rubricFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'essay-feedback-cli-'));
  writeFileSync(
    join(dir, 'lexicon.json'),
    JSON.stringify({ schemaVersion: 1, synonyms: [['secret police', 'MVD', 'NKVD']] }),
  );
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Parses JSONL output into records. */
export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
