/**
 * Feedback a student can act on: what earned credit (in their own words), what is missing,
 * corrections, and one concrete next step aimed at the gate that held the answer back.
 */
import type { Sentence, Token } from '../nlp';
import type { Level } from '../rubric/types';
import type { Analysis } from './analyse';
import type { CompiledRubric } from './compile';
import type { Occurrence, TargetOutcome } from './concepts';
import { SYNONYM_CONFIDENCE } from './expand';
import { failedGates, gate, type Counts, type GateName } from './scheme';
import type { Feedback } from './types';

const QUOTE_WORDS = 25;
// Anything but single spaces between words: collapse it so a quote reads as one line.
const SPACING = /\s\s|[^\S ]/;
const CONTEXT_WORDS = 6;

/**
 * True when words first..last are set apart by anything but single spaces (what SPACING finds).
 * Words hold no whitespace, so only the gaps between them are read, and most gaps are one space:
 * cheaper than running SPACING over every quote.
 */
function oddlySpaced(answer: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const from = tokens[k]!.end;
    const to = tokens[k + 1]!.start;
    if (to - from === 1 && answer.charCodeAt(from) === 32) continue;
    if (SPACING.test(answer.slice(from, to))) return true;
  }
  return false;
}

/** The student's sentence around an occurrence, shortened around the evidence when long. */
export function quote(answer: string, analysis: Analysis, o: Occurrence): string {
  const { tokens, sentences } = analysis.text;
  const sentence: Sentence = sentences[o.sentence]!;
  let first = sentence.firstToken;
  let last = sentence.endToken - 1;
  if (last - first + 1 > QUOTE_WORDS) {
    let firstMatch = Infinity;
    let lastMatch = -Infinity;
    for (const m of o.matches) {
      if (m.first < firstMatch) firstMatch = m.first;
      if (m.last > lastMatch) lastMatch = m.last;
    }
    first = Math.max(first, firstMatch - CONTEXT_WORDS);
    last = Math.min(last, Math.max(lastMatch, firstMatch + QUOTE_WORDS - 1 - CONTEXT_WORDS) + CONTEXT_WORDS);
  }
  const raw = answer.slice(tokens[first]!.start, tokens[last]!.end);
  const text = oddlySpaced(answer, tokens, first, last) ? raw.replace(/\s+/g, ' ') : raw;
  const before = first > sentence.firstToken ? '…' : '';
  const after = last < sentence.endToken - 1 ? '…' : '';
  return `${before}${text}${after}`;
}

function hint(outcome: TargetOutcome): string {
  return outcome.target.feedback.missed ?? `For example: ${outcome.target.label}.`;
}

function gateAction(name: GateName, points: readonly TargetOutcome[]): string {
  const missed = points.filter((p) => !p.met);
  const unexplained = points.find((p) => p.met && !p.explained);
  switch (name) {
    case 'points': {
      const another = points.some((p) => p.met) ? 'another' : 'a';
      return missed[0]
        ? `make ${another} relevant point. ${hint(missed[0])}`
        : `make ${another} relevant point.`;
    }
    case 'explained':
      return unexplained
        ? `explain WHY “${unexplained.target.label}” mattered: add a sentence with “This meant that ...” or “because ...”.`
        : 'explain another point: add a sentence with “This meant that ...” or “because ...”.';
    case 'beyondStimulus': {
      const own = missed.find((p) => !p.target.stimulus);
      return `add knowledge of your own beyond the points given in the question${own ? `. ${hint(own)}` : '.'}`;
    }
    case 'links':
      return 'link two factors or judge which mattered most, e.g. “The most important reason was ... because ...”.';
  }
}

/** Words of the answer matched only as misspellings, as the student wrote them. */
function misspeltWords(points: readonly TargetOutcome[], answer: string, analysis: Analysis): string[] {
  const words = new Set<string>();
  for (const p of points) {
    if (!p.met) continue;
    for (const m of p.occurrences[0]!.matches) {
      if (m.confidence >= SYNONYM_CONFIDENCE) continue;
      const { tokens } = analysis.text;
      words.add(answer.slice(tokens[m.first]!.start, tokens[m.last]!.end));
    }
  }
  return [...words].slice(0, 4);
}

/**
 * When misspelt terms alone hold an answer below a gate (its points count a little under one),
 * the next step is to spell them correctly, not to write more.
 */
function misspeltOnly(failed: GateName, next: Level, input: FeedbackInput): string | undefined {
  const { points } = input;
  const needed = failed === 'points' ? Math.max(1, gate(next.requires, failed)) : gate(next.requires, failed);
  const plain = points.filter(
    (p) =>
      p.met && (failed !== 'explained' || p.explained) && (failed !== 'beyondStimulus' || !p.target.stimulus),
  );
  if (failed === 'links' || plain.length < needed || !plain.some((p) => p.confidence < SYNONYM_CONFIDENCE))
    return undefined;
  const written = misspeltWords(points, input.answer, input.analysis).map((w) => `“${w}”`);
  const which = written.length > 0 ? ` (you wrote ${written.join(', ')})` : '';
  return `spell the key names and terms correctly${which}: examiners credit precise knowledge, and misspelt terms count for less.`;
}

interface NextStepInput {
  compiled: CompiledRubric;
  mark: number;
  level: Level | null;
  next: Level | null;
  counts: Counts;
  points: readonly TargetOutcome[];
}

function nextStep(input: FeedbackInput): string | null {
  const { compiled, mark, level, next, counts, points } = input;
  const maxMark = compiled.rubric.maxMark;
  if (mark >= maxMark) return null;
  const render = compiled.templates.nextStep;
  if (compiled.rubric.scheme.type === 'points') {
    return render({ target: 'the next mark', action: gateAction('points', points), advice: '' });
  }
  if (next) {
    const failed = failedGates(next, counts)[0] ?? 'points';
    return render({
      target: `Level ${next.level}`,
      action: misspeltOnly(failed, next, input) ?? gateAction(failed, points),
      advice: level?.nextStep ?? '',
    });
  }
  const surplus: GateName = points.some((p) => p.met && !p.explained)
    ? 'explained'
    : points.some((p) => !p.met)
      ? 'points'
      : 'links';
  return render({ target: 'full marks', action: gateAction(surplus, points), advice: '' });
}

export interface FeedbackInput extends NextStepInput {
  answer: string;
  analysis: Analysis;
  misconceptions: readonly TargetOutcome[];
}

/**
 * Builds the feedback for a marked answer.
 * @example buildFeedback({ compiled, answer, analysis, mark, level, next, counts, points, misconceptions })
 */
export function buildFeedback(input: FeedbackInput): Feedback {
  const { compiled, answer, analysis, mark, level, points } = input;
  const t = compiled.templates;
  const met = points.filter((p) => p.met);
  const summary = t.summary({
    isLevels: compiled.rubric.scheme.type === 'levels',
    level: level?.level ?? 0,
    descriptor: level?.descriptor ?? '',
    mark,
    maxMark: compiled.rubric.maxMark,
    met: met.length,
    total: points.length,
  });
  const credited = met.map((p) =>
    t.met({
      quote: quote(answer, analysis, p.occurrences[0]!),
      label: p.target.label,
      feedback: p.target.feedback.met ?? '',
      explained: p.explained,
    }),
  );
  const missing = points
    .filter((p) => !p.met)
    .map((p) => {
      const withheld = p.withheld[0];
      if (withheld) return t.withheld({ quote: quote(answer, analysis, withheld), label: p.target.label });
      return t.missed({ label: p.target.label, hint: p.target.feedback.missed ?? '' });
    });
  const corrections = input.misconceptions
    .filter((m) => m.met)
    .map((m) =>
      t.misconception({
        quote: quote(answer, analysis, m.occurrences[0]!),
        label: m.target.label,
        feedback: m.target.feedback.correction ?? '',
      }),
    );
  return { summary, credited, missing, corrections, nextStep: nextStep(input) };
}
