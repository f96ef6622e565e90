/**
 * The teacher's check of a rubric: mark every answer in a marked file and compare with the
 * teacher. Names the answers the marker accepted wrongly (gave credit the teacher did not) and
 * rejected wrongly (withheld credit the teacher gave), with the evidence that decided each.
 */
import { ValidationError, type Issue } from '../errors';
import type { Rubric } from '../rubric/types';
import type { Evidence, MarkResult } from '../scoring/types';
import { precisionRecall } from './classification';
import type { MarkedAnswer } from './marked-file';
import { ordinalAgreement, round, type OrdinalAgreement } from './ordinal';

/** Marks one answer: `mark(compiled, answer)` with the rubric bound in. */
export type Marker = (answer: string) => MarkResult;

export interface PointAgreement {
  id: string;
  label: string;
  /** Of the answers where the marker found the point, the share the teacher credited. */
  precision: number;
  /** Of the answers the teacher credited with the point, the share the marker found. */
  recall: number;
  acceptedWrongly: number;
  rejectedWrongly: number;
}

/** One disagreement: an answer (or one point of it) and what decided the marker. */
export interface Disagreement {
  ref: string;
  line: number;
  answer: string;
  teacherMark: number | null;
  markerMark: number;
  /** Set when the disagreement is about one point rather than the whole mark. */
  point: { id: string; label: string } | null;
  /** The words that earned the marker's credit (for a point, that point's evidence). */
  evidence: Array<{ point: string; text: string; start: number; end: number }>;
  /** Plain sentence for the teacher: why the marker decided as it did. */
  reason: string;
}

export interface TestRubricReport {
  rubricId: string;
  maxMark: number;
  answers: number;
  /** Null when the file gives no teacher marks. */
  agreement: OrdinalAgreement | null;
  /** Null when the file gives no credited points. */
  points: PointAgreement[] | null;
  acceptedWrongly: Disagreement[];
  rejectedWrongly: Disagreement[];
  /** How many answers the marker gave each mark 0..maxMark. */
  distribution: number[];
  /** Points the marker found in no answer at all: patterns worth checking first. */
  neverMet: Array<{ id: string; label: string }>;
}

function checkPointIds(rubric: Rubric, answers: readonly MarkedAnswer[]): void {
  const known = new Set(rubric.points.map((p) => p.id));
  const issues: Issue[] = [];
  for (const a of answers) {
    for (const id of a.points ?? []) {
      if (!known.has(id))
        issues.push({ pointer: '', message: `line ${a.line}: point "${id}" is not in rubric ${rubric.id}` });
    }
  }
  if (issues.length > 0) {
    const list = [...known].join(', ');
    throw new ValidationError(`${issues[0]!.message} (its points are: ${list})`, issues);
  }
}

function evidenceOf(result: MarkResult, onlyPoint?: string): Disagreement['evidence'] {
  return result.points
    .filter((p) => p.met && (onlyPoint === undefined || p.id === onlyPoint))
    .flatMap((p) =>
      p.evidence.map((e: Evidence) => ({ point: p.id, text: e.text, start: e.start, end: e.end })),
    );
}

function markDisagreement(a: MarkedAnswer, result: MarkResult): Disagreement | null {
  if (a.mark === null || a.mark === result.mark) return null;
  const met = result.points.filter((p) => p.met).map((p) => p.id);
  const found = met.length > 0 ? `found ${met.join(', ')}` : 'found none of the points';
  const level = result.level ? `, level ${result.level.level}` : '';
  return {
    ref: a.ref,
    line: a.line,
    answer: a.answer,
    teacherMark: a.mark,
    markerMark: result.mark,
    point: null,
    evidence: evidenceOf(result),
    reason: `marker gave ${result.mark}${level} (teacher ${a.mark}): ${found}`,
  };
}

function pointDisagreements(
  a: MarkedAnswer,
  result: MarkResult,
): { accepted: Disagreement[]; rejected: Disagreement[] } {
  const accepted: Disagreement[] = [];
  const rejected: Disagreement[] = [];
  if (a.points === null) return { accepted, rejected };
  const credited = new Set(a.points);
  for (const p of result.points) {
    const base = { ref: a.ref, line: a.line, answer: a.answer, teacherMark: a.mark, markerMark: result.mark };
    const point = { id: p.id, label: p.label };
    if (p.met && !credited.has(p.id)) {
      const conf = p.confidence < 1 ? ` (confidence ${p.confidence})` : '';
      accepted.push({
        ...base,
        point,
        evidence: evidenceOf(result, p.id),
        reason: `matched "${p.label}"${conf}`,
      });
    } else if (!p.met && credited.has(p.id)) {
      // A match the marker withheld (the answer seemed to deny the point) is the evidence that decided it.
      const withheld = (p.withheld ?? []).map((e) => ({
        point: p.id,
        text: e.text,
        start: e.start,
        end: e.end,
      }));
      const reason =
        withheld.length > 0
          ? `found "${p.label}" but read it as negated`
          : `no wording of "${p.label}" was found`;
      rejected.push({ ...base, point, evidence: withheld, reason });
    }
  }
  return { accepted, rejected };
}

function pointAgreement(
  rubric: Rubric,
  answers: readonly MarkedAnswer[],
  results: readonly MarkResult[],
): PointAgreement[] {
  return rubric.points.map((point) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    answers.forEach((a, i) => {
      if (a.points === null) return;
      const teacher = a.points.includes(point.id);
      const marker = results[i]!.points.some((p) => p.id === point.id && p.met);
      if (teacher && marker) tp += 1;
      else if (marker) fp += 1;
      else if (teacher) fn += 1;
    });
    const { precision, recall } = precisionRecall(tp, fp, fn);
    return { id: point.id, label: point.label, precision, recall, acceptedWrongly: fp, rejectedWrongly: fn };
  });
}

/** Whole-mark disagreements first, largest first; then point disagreements grouped by point. */
function byKind(a: Disagreement, b: Disagreement): number {
  if ((a.point === null) !== (b.point === null)) return a.point === null ? -1 : 1;
  if (a.point && b.point && a.point.id !== b.point.id) return a.point.id < b.point.id ? -1 : 1;
  const gap = (d: Disagreement) => Math.abs(d.markerMark - (d.teacherMark ?? d.markerMark));
  return a.point === null && gap(a) !== gap(b) ? gap(b) - gap(a) : a.line - b.line;
}

/**
 * Marks every answer and compares with the teacher. Throws ValidationError when the file credits
 * a point the rubric does not have.
 * @example testRubric({ rubric, answers, mark: (a) => mark(compiled, a) }).agreement?.qwk
 */
export function testRubric(input: {
  rubric: Rubric;
  answers: readonly MarkedAnswer[];
  mark: Marker;
}): TestRubricReport {
  const { rubric, answers } = input;
  checkPointIds(rubric, answers);
  const results = answers.map((a) => input.mark(a.answer));
  const marked = answers.flatMap((a, i) =>
    a.mark === null ? [] : [{ teacher: a.mark, marker: results[i]!.mark }],
  );
  const withPoints = answers.some((a) => a.points !== null);
  const acceptedWrongly: Disagreement[] = [];
  const rejectedWrongly: Disagreement[] = [];
  answers.forEach((a, i) => {
    const r = results[i]!;
    const d = markDisagreement(a, r);
    if (d) (d.markerMark > (d.teacherMark ?? 0) ? acceptedWrongly : rejectedWrongly).push(d);
    const p = pointDisagreements(a, r);
    acceptedWrongly.push(...p.accepted);
    rejectedWrongly.push(...p.rejected);
  });
  acceptedWrongly.sort(byKind);
  rejectedWrongly.sort(byKind);
  const distribution = new Array<number>(rubric.maxMark + 1).fill(0);
  for (const r of results) distribution[Math.min(rubric.maxMark, Math.max(0, r.mark))]! += 1;
  const metAnywhere = new Set(results.flatMap((r) => r.points.filter((p) => p.met).map((p) => p.id)));
  return {
    rubricId: rubric.id,
    maxMark: rubric.maxMark,
    answers: answers.length,
    agreement: marked.length > 0 ? ordinalAgreement(marked, rubric.maxMark) : null,
    points: withPoints ? pointAgreement(rubric, answers, results) : null,
    acceptedWrongly,
    rejectedWrongly,
    distribution,
    neverMet: rubric.points.filter((p) => !metAnywhere.has(p.id)).map((p) => ({ id: p.id, label: p.label })),
  };
}

/** Mean mark the marker gave, for the report header. */
export function meanMark(report: TestRubricReport): number {
  const total = report.distribution.reduce((s, c, mark) => s + c * mark, 0);
  return report.answers === 0 ? 0 : round(total / report.answers, 2);
}
