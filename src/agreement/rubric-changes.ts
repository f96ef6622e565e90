/**
 * What an edit to a rubric changes, answer by answer: a teacher who rewords a pattern sees which
 * answers each point now matches that it did not before (and which it no longer matches), with the
 * words that decided it, and which marks move. With teacher marks, agreement before and after the
 * edit is set side by side, so an edit that fixes one answer and breaks three shows as such.
 */
import type { Rubric } from '../rubric/types';
import type { MarkResult } from '../scoring/types';
import type { MarkedAnswer } from './marked-file';
import { ordinalAgreement, type OrdinalAgreement } from './ordinal';
import type { Marker } from './test-rubric';

/** One answer a point newly matches, or no longer matches, with the words that matched. */
export interface PointChange {
  ref: string;
  line: number;
  answer: string;
  /** The matched words: in the edited rubric for a new match, in the earlier one for a lost match. */
  evidence: string[];
}

export interface PointChanges {
  id: string;
  label: string;
  /** 'both': the point is in both rubrics; 'added' or 'removed' by the edit. */
  status: 'both' | 'added' | 'removed';
  newlyMet: PointChange[];
  noLongerMet: PointChange[];
}

export interface MarkChange {
  ref: string;
  line: number;
  answer: string;
  before: number;
  after: number;
  teacher: number | null;
}

export interface RubricChanges {
  /** The rubric as it was (compared against) and as edited. */
  before: { id: string; maxMark: number };
  after: { id: string; maxMark: number };
  answers: number;
  /** Answers whose mark moves, the largest moves first. */
  marks: MarkChange[];
  /** Only points whose matches change, in the edited rubric's order, then removed points. */
  points: PointChanges[];
  /** Agreement with the teacher's marks under each rubric; null without teacher marks. */
  agreement: { before: OrdinalAgreement; after: OrdinalAgreement } | null;
}

function metPoints(result: MarkResult): Map<string, string[]> {
  const met = new Map<string, string[]>();
  for (const p of result.points)
    if (p.met)
      met.set(
        p.id,
        p.evidence.map((e) => e.text),
      );
  return met;
}

function pointList(
  before: Rubric,
  after: Rubric,
): Array<{ id: string; label: string; status: PointChanges['status'] }> {
  const earlier = new Set(before.points.map((p) => p.id));
  const later = new Set(after.points.map((p) => p.id));
  return [
    ...after.points.map(
      (p) => ({ id: p.id, label: p.label, status: earlier.has(p.id) ? 'both' : 'added' }) as const,
    ),
    ...before.points
      .filter((p) => !later.has(p.id))
      .map((p) => ({ id: p.id, label: p.label, status: 'removed' }) as const),
  ];
}

/**
 * Marks every answer with the rubric before and after an edit and lists what changed.
 * @example compareRubrics({ before, after, answers, markBefore, markAfter }).points[0].newlyMet
 */
export function compareRubrics(input: {
  before: Rubric;
  after: Rubric;
  answers: readonly MarkedAnswer[];
  markBefore: Marker;
  markAfter: Marker;
}): RubricChanges {
  const { before, after, answers } = input;
  const results = answers.map((a) => ({
    before: input.markBefore(a.answer),
    after: input.markAfter(a.answer),
  }));
  const met = results.map((r) => ({ before: metPoints(r.before), after: metPoints(r.after) }));
  const points = pointList(before, after).map(({ id, label, status }) => {
    const change: PointChanges = { id, label, status, newlyMet: [], noLongerMet: [] };
    answers.forEach((a, i) => {
      const was = met[i]!.before.get(id);
      const now = met[i]!.after.get(id);
      const base = { ref: a.ref, line: a.line, answer: a.answer };
      if (now && !was) change.newlyMet.push({ ...base, evidence: now });
      else if (was && !now) change.noLongerMet.push({ ...base, evidence: was });
    });
    return change;
  });
  const marks = answers
    .map((a, i): MarkChange => ({
      ref: a.ref,
      line: a.line,
      answer: a.answer,
      before: results[i]!.before.mark,
      after: results[i]!.after.mark,
      teacher: a.mark,
    }))
    .filter((m) => m.before !== m.after)
    .sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || x.line - y.line);
  const withTeacher = answers.flatMap((a, i) => (a.mark === null ? [] : [{ teacher: a.mark, i }]));
  const maxMark = Math.max(before.maxMark, after.maxMark);
  const agreementUnder = (pick: 'before' | 'after'): OrdinalAgreement =>
    ordinalAgreement(
      withTeacher.map(({ teacher, i }) => ({ teacher, marker: results[i]![pick].mark })),
      maxMark,
    );
  return {
    before: { id: before.id, maxMark: before.maxMark },
    after: { id: after.id, maxMark: after.maxMark },
    answers: answers.length,
    marks,
    points: points.filter((p) => p.newlyMet.length > 0 || p.noLongerMet.length > 0),
    agreement:
      withTeacher.length > 0 ? { before: agreementUnder('before'), after: agreementUnder('after') } : null,
  };
}
