/**
 * The feedback page's view model: the engine's MarkResult joined to the rubric (for hints) and
 * cut into highlighted segments of the student's own answer.
 */
import type { Rubric } from '../../rubric/types';
import type { MarkResult } from '../../scoring/types';
import { joinEvidence } from '../../scoring';
import { segmentAnswer, type Highlight, type Segment } from './highlight';
import { markRange } from './models';

export interface MetPointView {
  /** The number shown beside the highlight, [1], [2], ... in rubric order. */
  ref: string;
  label: string;
  quotes: string[];
  explained: boolean;
  /** Shown when the question has stimulus points: given by the question or own knowledge. */
  source: 'stimulus' | 'own' | null;
}

export interface MissedPointView {
  label: string;
  hint: string | null;
}

export interface CorrectionView {
  ref: string;
  label: string;
  correction: string;
  quotes: string[];
}

export interface FeedbackView {
  mark: number;
  maxMark: number;
  level: { level: number; marks: string; descriptor: string } | null;
  /** The engine's one-line summary, or null when it only repeats the mark and level shown above it. */
  summary: string | null;
  segments: Segment[];
  met: MetPointView[];
  missed: MissedPointView[];
  corrections: CorrectionView[];
  nextStep: string | null;
}

function quotes(evidence: ReadonlyArray<{ text: string }>): string[] {
  return [...new Set(evidence.map((e) => e.text.trim()).filter((t) => t.length > 0))];
}

function hintFor(rubric: Rubric, pointId: string): string | null {
  return rubric.points.find((p) => p.id === pointId)?.feedback?.missed ?? null;
}

/** The default summary is "Level 3, 8 out of 12: <descriptor>", which the page already shows. */
function redundantSummary(result: MarkResult): boolean {
  return result.level !== null && result.feedback.summary.includes(result.level.descriptor);
}

/**
 * Builds everything the feedback page shows from one marking result.
 *
 * @example
 * const view = feedbackView(compiled.rubric, answer, mark(compiled, answer));
 * view.segments.map((s) => s.text).join('') === answer; // true
 */
export function feedbackView(rubric: Rubric, answer: string, result: MarkResult): FeedbackView {
  const hasStimulus = (rubric.stimulus?.length ?? 0) > 0;
  const highlights: Highlight[] = [];
  const met: MetPointView[] = [];
  const missed: MissedPointView[] = [];

  for (const point of result.points) {
    if (!point.met) {
      missed.push({ label: point.label, hint: hintFor(rubric, point.id) });
      continue;
    }
    const ref = String(met.length + 1);
    const spans = joinEvidence(answer, point.evidence);
    for (const e of spans) highlights.push({ start: e.start, end: e.end, ref, kind: 'point' });
    met.push({
      ref,
      label: point.label,
      quotes: quotes(spans),
      explained: point.explained,
      source: hasStimulus ? (point.stimulus ? 'stimulus' : 'own') : null,
    });
  }

  const corrections = result.misconceptions.map((m, i): CorrectionView => {
    const ref = `C${i + 1}`;
    const spans = joinEvidence(answer, m.evidence);
    for (const e of spans) highlights.push({ start: e.start, end: e.end, ref, kind: 'misconception' });
    return { ref, label: m.label, correction: m.feedback, quotes: quotes(spans) };
  });

  return {
    mark: result.mark,
    maxMark: result.maxMark,
    level: result.level
      ? {
          level: result.level.level,
          marks: markRange(result.level.marks),
          descriptor: result.level.descriptor,
        }
      : null,
    summary: redundantSummary(result) ? null : result.feedback.summary,
    segments: segmentAnswer(answer, highlights),
    met,
    missed,
    corrections,
    nextStep: result.feedback.nextStep,
  };
}
