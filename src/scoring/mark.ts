/**
 * mark(compiled, answer): the one pure, deterministic marking function every caller uses.
 */
import { cancelledCueBefore, isDateWord, negationCueBefore, type Token } from '../nlp';
import type { Level } from '../rubric/types';
import { analyse, type Analysis } from './analyse';
import { calibratedMark } from './calibration';
import type { CompiledRubric } from './compile';
import { evaluateTarget, type Occurrence, type TargetOutcome } from './concepts';
import { buildFeedback } from './feedback';
import { assignExplanations, explainableSentences } from './explain';
import { SYNONYM_CONFIDENCE } from './expand';
import { countLinks } from './links';
import { misconceptionPenalty, placeInLevels, pointsMark, type Counts } from './scheme';
import { sortShort } from './short-sort';
import type { Evidence, LevelResult, MarkResult, MisconceptionResult, PointResult } from './types';

const MAX_EVIDENCE_OCCURRENCES = 3;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function evidenceOf(
  answer: string,
  analysis: Analysis,
  occurrences: readonly Occurrence[],
  limit = MAX_EVIDENCE_OCCURRENCES,
): Evidence[] {
  if (occurrences.length === 0) return [];
  const { tokens } = analysis.text;
  // The concepts quoted so far: a handful at most, cheaper to search than to hash.
  const concepts: number[] = [];
  const spans: Evidence[] = [];
  for (const o of occurrences) {
    if (concepts.length >= limit) break;
    if (concepts.includes(o.concept)) continue;
    concepts.push(o.concept);
    for (const m of o.matches) {
      // A negated phrase is quoted from its cue: "never named", not "named"; a phrase whose cue a
      // counterfactual cancelled, from that cue: "could not have won", not "won".
      const cue = m.negated ? negationCueBefore(tokens, m.first) : cancelledCueBefore(tokens, m.first);
      const start = tokens[cue >= 0 ? cue : m.first]!.start;
      const end = tokens[m.last]!.end;
      spans.push({ start, end, text: answer.slice(start, end) });
    }
  }
  // A span inside another says nothing more ("without the army's" inside "without the army's
  // support", both quoted from the same cue): keep the longer. A span found twice goes the same way.
  sortShort(spans, (a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return spans.filter((span) => {
    if (span.end <= reach) return false;
    reach = span.end;
    return true;
  });
}

/** True when some word the occurrence matched is a year or a month. */
function hasDate(tokens: readonly Token[], o: Occurrence): boolean {
  for (const g of o.matches)
    for (let t = g.first; t <= g.last; t++) if (isDateWord(tokens[t]!.norm)) return true;
  return false;
}

/**
 * The words of the factual errors found, or undefined when there are none (the usual case). A
 * single slip of a date ("the Secret Speech in 1955") on a levels question gets only the date
 * wrong: only it is blocked, and the rest may still explain ("..., which damaged the
 * Stalinists"). An answer with more than one factual error has every word of each blocked (its
 * knowledge is not secure), and so does a key element: it credits no wrong statement.
 */
function blockedBy(
  misconceptions: readonly TargetOutcome[],
  analysis: Analysis,
  forgiveDateSlip: boolean,
): Uint8Array | undefined {
  const { tokens } = analysis.text;
  let blocked: Uint8Array | undefined;
  let errors = 0;
  for (const m of misconceptions) if (m.met) errors++;
  for (const m of misconceptions) {
    if (!m.met) continue;
    blocked ??= new Uint8Array(tokens.length);
    for (const o of m.occurrences) {
      const datesOnly = forgiveDateSlip && errors === 1 && hasDate(tokens, o);
      for (const g of o.matches)
        for (let t = g.first; t <= g.last; t++) if (!datesOnly || isDateWord(tokens[t]!.norm)) blocked[t] = 1;
    }
  }
  return blocked;
}

/**
 * A gate count: each point's calibrated weight times its spelling factor (knowledge shown only
 * through misspelt terms counts a little under one). The first point is forgiven its spelling when
 * every point is misspelt, so one misspelt point still meets a gate of one.
 */
function gateCount(items: ReadonlyArray<{ weight: number; factor: number }>): number {
  let total = 0;
  let best: { weight: number; factor: number } | undefined;
  for (const item of items) {
    total += item.weight * item.factor;
    if (!best || item.factor > best.factor) best = item;
  }
  return best && best.factor < 1 ? total + best.weight * (1 - best.factor) : total;
}

function countEvidence(
  compiled: CompiledRubric,
  points: readonly TargetOutcome[],
  analysis: Analysis,
): Counts {
  const weights = compiled.rubric.calibration?.weights ?? {};
  const met: Array<{ weight: number; factor: number; p: TargetOutcome }> = [];
  for (const p of points) {
    if (!p.met) continue;
    met.push({
      weight: weights[p.target.id] ?? 1,
      factor: Math.min(1, p.confidence / SYNONYM_CONFIDENCE),
      p,
    });
  }
  // Rounded as the result's signals show them, so the mark can be recomputed from its signals
  // (calibration does, to try a shift within the level on marked answers without marking again).
  return {
    points: round2(gateCount(met)),
    explained: round2(gateCount(met.filter((m) => m.p.explained))),
    beyondStimulus: round2(gateCount(met.filter((m) => !m.p.target.stimulus))),
    links: countLinks(points, analysis, compiled.focusGroup),
  };
}

function levelResult(level: Level | null): LevelResult | null {
  return level
    ? { level: level.level, marks: [level.marks[0], level.marks[1]], descriptor: level.descriptor }
    : null;
}

const LEVEL_ZERO: LevelResult = { level: 0, marks: [0, 0], descriptor: 'Nothing worthy of credit.' };

function pointResult(answer: string, analysis: Analysis, p: TargetOutcome, marks: number): PointResult {
  return {
    id: p.target.id,
    label: p.target.label,
    met: p.met,
    confidence: round2(p.confidence),
    evidence: p.met ? evidenceOf(answer, analysis, p.occurrences) : [],
    explained: p.explained,
    stimulus: p.target.stimulus,
    marks,
    withheld: evidenceOf(answer, analysis, p.withheld, 1),
  };
}

/**
 * Marks one answer. Never throws on any string: empty, huge, HTML or odd Unicode all get a result.
 * @example mark(compiled, 'Beria controlled the secret police, so the others feared him.').mark
 */
export function mark(compiled: CompiledRubric, answer: string): MarkResult {
  const text = typeof answer === 'string' ? answer : '';
  const { rubric } = compiled;
  const analysis = analyse(compiled, text);
  const explainable = explainableSentences(analysis.signals);
  // A factual error is only ever found in the student's own words, never in a pronoun read as a name.
  const errorOptions = { explainable, threshold: 0, denyInside: analysis.negated, literalOnly: true };
  const misconceptions = compiled.misconceptions.map((t) => evaluateTarget(t, analysis, errorOptions));
  // Levels credit the true part of a wrong statement as knowledge, as examiners do; a key-element
  // item gives no mark for an element stated inside a factual error.
  const dropTainted = rubric.scheme.type === 'points';
  const blocked = blockedBy(misconceptions, analysis, !dropTainted);
  const threshold = rubric.calibration?.threshold ?? 0;
  const pointOptions = { explainable, threshold, blocked, dropTainted };
  const points = compiled.points.map((t) => evaluateTarget(t, analysis, pointOptions));
  assignExplanations(points, analysis.signals);
  const counts = countEvidence(compiled, points, analysis);
  const errors = misconceptions.filter((m) => m.met).length;
  let score: number;
  let level: Level | null = null;
  let next: Level | null = null;
  if (rubric.scheme.type === 'levels') {
    ({
      level,
      next,
      mark: score,
    } = placeInLevels(
      rubric.scheme,
      counts,
      misconceptionPenalty(errors),
      rubric.calibration?.withinLevelShift ?? 0,
    ));
  } else {
    const weights = rubric.calibration?.weights ?? {};
    score = pointsMark(
      rubric.scheme,
      points.filter((p) => p.met).map((p) => p.target),
      (id) => weights[id] ?? 1,
      rubric.maxMark,
    );
  }
  const isPoints = rubric.scheme.type === 'points';
  const result: MarkResult = {
    rubricId: rubric.id,
    mark: score,
    maxMark: rubric.maxMark,
    level: isPoints ? null : (levelResult(level) ?? LEVEL_ZERO),
    points: points.map((p) => pointResult(text, analysis, p, isPoints && p.met ? p.target.marks : 0)),
    misconceptions: misconceptions
      .filter((m) => m.met)
      .map((m): MisconceptionResult => ({
        id: m.target.id,
        label: m.target.label,
        feedback: m.target.feedback.correction ?? '',
        evidence: evidenceOf(text, analysis, m.occurrences),
      })),
    signals: {
      points: counts.points,
      explained: counts.explained,
      beyondStimulus: counts.beyondStimulus,
      links: counts.links,
      words: analysis.words,
    },
    feedback: { summary: '', credited: [], missing: [], corrections: [], nextStep: null },
  };
  const calibrated = calibratedMark(rubric, result);
  if (calibrated) {
    result.mark = calibrated.mark;
    result.level = isPoints ? null : (calibrated.level ?? LEVEL_ZERO);
    if (rubric.scheme.type === 'levels') {
      const levels = [...rubric.scheme.levels].sort((a, b) => a.level - b.level);
      level = levels.find((l) => l.level === result.level?.level) ?? null;
      next = levels.find((l) => l.level > (level?.level ?? 0)) ?? null;
    }
  }
  result.feedback = buildFeedback({
    compiled,
    answer: text,
    analysis,
    mark: result.mark,
    level,
    next,
    counts,
    points,
    misconceptions,
  });
  return result;
}
