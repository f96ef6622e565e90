import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { csvDelimiter } from '../agreement';
import { mark } from '../scoring';
import { decodeText, sniffEncoding, toUtf8 } from './encoding';
import { detectFormat, peekStream, readAnswers, type InputFormat } from './input';
import { EXIT, UsageError, writeChunk, type CliIo } from './io';
import { createFormatter, type OutputFormat } from './output';
import { countLines, createProgress } from './progress';
import { bundledRubricsDir, loadRubricSet, resolveRubric } from './rubrics';
import { refuseWorkbook } from './spreadsheet';

export interface MarkCommandOptions {
  rubric: string;
  /** Folder of rubrics to look ids up in (default: the bundled rubrics). */
  rubrics?: string;
  format: OutputFormat;
  /** Force the input format instead of detecting it. */
  input?: InputFormat;
  /** Start CSV output with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
}

function openInput(file: string | undefined, io: CliIo): { stream: Readable; path?: string } {
  if (file === undefined && io.stdinIsTTY)
    throw new UsageError('no input: pass a JSONL or CSV file, or pipe answers in');
  if (file === undefined || file === '-') return { stream: io.stdin };
  const path = resolve(io.cwd ?? process.cwd(), file);
  if (!existsSync(path)) throw new UsageError(`input file not found: ${file}`);
  if (statSync(path).isDirectory())
    throw new UsageError(`input is a folder, expected a JSONL or CSV file: ${file}`);
  return { stream: createReadStream(path), path };
}

/**
 * `essay-feedback mark`: marks every answer in a JSONL or CSV input, one result line per input
 * record, in input order. A bad line becomes an error record and marking goes on.
 * Returns the exit code: 0 all marked, 1 some lines failed.
 *
 * @example await markCommand('answers.jsonl', { rubric: 'power-struggle', format: 'jsonl' }, io)
 */
export async function markCommand(
  file: string | undefined,
  options: MarkCommandOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const set = await loadRubricSet(options.rubrics ? resolve(cwd, options.rubrics) : bundledRubricsDir());
  const { compiled } = await resolveRubric(options.rubric, { set, cwd });
  const input = openInput(file, io);
  const peeked = await peekStream(input.stream);
  refuseWorkbook(peeked.bytes, file === '-' ? undefined : file);
  // A spreadsheet's export may be Windows-1252 or UTF-16: everything after this reads UTF-8.
  // Input no longer than the head read is whole: nothing after its last byte can complete it.
  const encoding = sniffEncoding(peeked.bytes, peeked.complete);
  const stream = toUtf8(peeked.stream, encoding);
  const head = decodeText(peeked.bytes, encoding).slice(0, 4096);
  const format = options.input ?? detectFormat(input.path, head);
  const formatter = createFormatter(options.format, { bom: options.bom === true });
  const progress = createProgress(io, {
    total: input.path && io.stderrIsTTY ? await countLines(input.path) : undefined,
  });

  let marked = 0;
  let failed = 0;
  await writeChunk(io.stdout, formatter.header());
  for await (const record of readAnswers(stream, { format, delimiter: csvDelimiter(head) })) {
    if (io.stdout.destroyed) break;
    let line: string;
    if ('error' in record) {
      line = formatter.failure(record, record.error);
      failed += 1;
    } else {
      try {
        line = formatter.result(record, mark(compiled, record.answer));
        marked += 1;
      } catch (err) {
        line = formatter.failure(record, `could not mark this answer: ${(err as Error).message}`);
        failed += 1;
      }
    }
    await writeChunk(io.stdout, line);
    progress.tick(record.line);
  }
  progress.stop();
  const summary = `marked ${marked} answer${marked === 1 ? '' : 's'} with ${compiled.id}`;
  await writeChunk(
    io.stderr,
    failed > 0 ? `${summary}; ${failed} line${failed === 1 ? '' : 's'} failed\n` : `${summary}\n`,
  );
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
