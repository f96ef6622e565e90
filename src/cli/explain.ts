import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { joinEvidence, mark, type MarkResult } from '../scoring';
import { EXIT, UsageError, writeChunk, type CliIo } from './io';
import { MAX_ANSWER_CHARS } from './input';
import { bundledRubricsDir, loadRubricSet, resolveRubric } from './rubrics';
import { bold, printable, wrap } from './text';

export interface ExplainCommandOptions {
  rubric: string;
  rubrics?: string;
  /** false with --no-color; colour is also off whenever stdout is not a terminal. */
  color?: boolean;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_ANSWER_CHARS * 4)
      throw new UsageError(`the answer is too long (over ${MAX_ANSWER_CHARS} characters)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** The prompt keeps its own lines: paragraphs stay apart and "- " bullets get a hanging indent. */
function renderPrompt(prompt: string, width: number): string[] {
  return prompt.split(/\r?\n/).map((line) => {
    if (line.trim() === '') return '';
    const bullet = /^\s*[-*•]\s+/.exec(line);
    return bullet
      ? wrap(line.slice(bullet[0].length), { width, first: '  - ', rest: '    ' })
      : wrap(line, { width });
  });
}

/** The summary without the "Level 2, 5 out of 12" the heading already shows. */
function summaryText(summary: string, heading: string): string {
  if (!summary.startsWith(heading)) return summary;
  const rest = summary.slice(heading.length).replace(/^[\s:.,-]+/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The feedback as a student reads it: mark and level, each point made with the student's own
 * words quoted, what is missing, corrections and the next step. Plain wrapped text.
 *
 * @example renderExplanation(result, { width: 80, colour: false, prompt: rubric.prompt, answer })
 */
export function renderExplanation(
  result: MarkResult,
  options: { width: number; colour: boolean; prompt: string; answer: string },
): string {
  const { width, colour } = options;
  const heading = (text: string): string => bold(text, colour);
  const score = `${result.level ? `Level ${result.level.level}, ` : ''}${result.mark} out of ${result.maxMark}`;
  const out: string[] = [...renderPrompt(options.prompt, width), '', heading(score)];
  const summary = summaryText(result.feedback.summary, score);
  if (summary) out.push(wrap(summary, { width }));
  const met = result.points.filter((point) => point.met);
  out.push('', heading('What earned credit'));
  if (met.length === 0)
    out.push(
      wrap('Nothing yet: none of the points this question looks for was found.', { width, first: '  ' }),
    );
  for (const point of met) {
    out.push(wrap(point.label, { width, first: '  + ', rest: '    ' }));
    // The pieces of one sentence read as the student wrote them: "Beria controlled the MVD".
    const quotes = joinEvidence(options.answer, point.evidence)
      .map((e) => `"${printable(e.text)}"`)
      .join(' ... ');
    if (quotes) out.push(wrap(`you wrote ${quotes}`, { width, first: '    ', rest: '    ' }));
  }
  if (result.feedback.missing.length > 0) {
    out.push('', heading('What is missing'));
    for (const hint of result.feedback.missing) out.push(wrap(hint, { width, first: '  - ', rest: '    ' }));
  }
  if (result.feedback.corrections.length > 0) {
    out.push('', heading('Corrections'));
    for (const fix of result.feedback.corrections)
      out.push(wrap(fix, { width, first: '  ! ', rest: '    ' }));
  }
  out.push('', heading('Next step'));
  out.push(
    wrap(result.feedback.nextStep ?? 'Full marks: nothing to add.', { width, first: '  ', rest: '  ' }),
  );
  return `${out.join('\n')}\n`;
}

/**
 * `essay-feedback explain --rubric <id> "answer"` (or `-`/nothing for stdin).
 *
 * @example await explainCommand(['Beria was arrested in 1953.'], { rubric: 'power-struggle' }, io)
 */
export async function explainCommand(
  words: string[],
  options: ExplainCommandOptions,
  io: CliIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const set = await loadRubricSet(options.rubrics ? resolve(cwd, options.rubrics) : bundledRubricsDir());
  const { rubric, compiled } = await resolveRubric(options.rubric, { set, cwd });
  const fromStdin = words.length === 0 || (words.length === 1 && words[0] === '-');
  if (words.length === 0 && io.stdinIsTTY)
    throw new UsageError('no answer: pass the answer text, or "-" to read it from stdin');
  const answer = fromStdin ? await readAll(io.stdin) : words.join(' ');
  if (answer.length > MAX_ANSWER_CHARS)
    throw new UsageError(`the answer is too long (over ${MAX_ANSWER_CHARS} characters)`);
  const result = mark(compiled, answer);
  const colour = options.color !== false && io.stdoutIsTTY === true;
  const width = Math.min(Math.max(io.columns ?? 80, 40), 100);
  await writeChunk(io.stdout, renderExplanation(result, { width, colour, prompt: rubric.prompt, answer }));
  return EXIT.ok;
}
