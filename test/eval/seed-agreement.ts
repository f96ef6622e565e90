/**
 * The seed fixtures' part of `npm run eval`: agreement of every bundled rubric with the teacher
 * marks in fixtures/answers, before calibration and after it (5-fold cross-validated over 10
 * seeded partitions: never on the answers it was fitted on), per rubric and pooled over every
 * fixture answer. Kept apart from the script so a test can check the recorded figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrate } from '../../src/agreement/calibrate';
import { readMarked } from '../../src/agreement/marked-file';
import { ordinalAgreement, round } from '../../src/agreement/ordinal';
import { loadRubricDir } from '../../src/rubric';
import type { Lexicon, Rubric } from '../../src/rubric/types';
import { compileRubric, mark } from '../../src/scoring';

const ROOT = join(__dirname, '..', '..');

export interface SeedRow {
  rubric: string;
  answers: number;
  maxMark: number;
  before: Record<string, number | null>;
  after: Record<string, number>;
  pointPrecision: number | null;
  pointRecall: number | null;
}

/** What pooling needs from a rubric: the teacher's marks, the engine's, and each partition's calibrated ones. */
interface SeedMarks {
  teacher: number[];
  engine: number[];
  outOfFold: number[][];
}

export const FOLDS = 5;
export const REPEATS = 10;

function seedRow(
  rubric: Rubric,
  lexicon: Lexicon,
  wordnet: Record<string, string[]>,
  file: string,
): { row: SeedRow; marks: SeedMarks } {
  const answers = readMarked(readFileSync(file, 'utf8'), { format: 'jsonl', file, maxMark: rubric.maxMark });
  // The rubric as written, without any stored calibration: calibration is measured separately.
  const { calibration: _stored, ...raw } = rubric;
  const compiled = compileRubric(raw, { lexicon, wordnet });
  const results = answers.map((a) => mark(compiled, a.answer));
  const marked = answers.flatMap((a, i) =>
    a.mark === null ? [] : [{ result: results[i]!, teacher: a.mark }],
  );
  const before = ordinalAgreement(
    marked.map((m) => ({ teacher: m.teacher, marker: m.result.mark })),
    rubric.maxMark,
  );
  const cal = calibrate({ rubric: raw, examples: marked, fittedAt: 'eval', k: FOLDS, repeats: REPEATS });
  // Point decisions micro-averaged: every (answer, point) pair the teacher listed points for counts once.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  answers.forEach((a, i) => {
    if (a.points === null) return;
    for (const p of results[i]!.points) {
      const credited = a.points.includes(p.id);
      if (p.met && credited) tp += 1;
      else if (p.met) fp += 1;
      else if (credited) fn += 1;
    }
  });
  const withPoints = answers.some((a) => a.points !== null);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const marks: SeedMarks = {
    teacher: marked.map((m) => m.teacher),
    engine: marked.map((m) => m.result.mark),
    outOfFold: cal.outOfFold,
  };
  const row: SeedRow = {
    rubric: rubric.id,
    answers: marked.length,
    maxMark: rubric.maxMark,
    before: {
      exact: before.exact,
      adjacent: before.adjacent,
      qwk: before.qwk,
      meanSignedDifference: before.meanSignedDifference,
    },
    after: cal.after,
    pointPrecision: withPoints ? r3(tp / Math.max(1, tp + fp)) : null,
    pointRecall: withPoints ? r3(tp / Math.max(1, tp + fn)) : null,
  };
  return { row, marks };
}

interface PooledFigures {
  exact: number;
  adjacent: number;
  meanAbsoluteDifference: number;
}

function pooledFigures(teacher: readonly number[], marker: readonly number[]): PooledFigures {
  const diffs = teacher.map((t, i) => Math.abs(marker[i]! - t));
  const share = (ok: (d: number) => boolean) => round(diffs.filter(ok).length / diffs.length);
  return {
    exact: share((d) => d === 0),
    adjacent: share((d) => d <= 1),
    meanAbsoluteDifference: round(diffs.reduce((a, b) => a + b, 0) / diffs.length),
  };
}

/**
 * Every fixture answer in one pool: exact, adjacent and mean |difference| in marks (QWK across
 * rubrics with different maxima would not mean anything). After calibration, each partition is
 * pooled on its own and the figures averaged, with the spread of exact agreement.
 */
export function pooledSeed(all: readonly SeedMarks[]): {
  answers: number;
  before: PooledFigures;
  after: PooledFigures & { exactMin: number; exactMax: number };
} {
  const teacher = all.flatMap((m) => m.teacher);
  const before = pooledFigures(
    teacher,
    all.flatMap((m) => m.engine),
  );
  const perRepeat = Array.from({ length: REPEATS }, (_, r) =>
    pooledFigures(
      teacher,
      all.flatMap((m) => m.outOfFold[r]!),
    ),
  );
  const mean = (key: keyof PooledFigures) => round(perRepeat.reduce((s, p) => s + p[key], 0) / REPEATS);
  return {
    answers: teacher.length,
    before,
    after: {
      exact: mean('exact'),
      adjacent: mean('adjacent'),
      meanAbsoluteDifference: mean('meanAbsoluteDifference'),
      exactMin: Math.min(...perRepeat.map((p) => p.exact)),
      exactMax: Math.max(...perRepeat.map((p) => p.exact)),
    },
  };
}

export async function seedFixtures(): Promise<{ rows: SeedRow[]; marks: SeedMarks[] }> {
  // Marked as the service marks them: with the rubrics' WordNet synonyms.
  const { rubrics, lexicon, wordnet } = await loadRubricDir(join(ROOT, 'rubrics'), { wordnet: true });
  const dir = join(ROOT, 'fixtures', 'answers');
  const rows: SeedRow[] = [];
  const marks: SeedMarks[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    const rubric = rubrics.find((r) => r.id === name.replace(/\.jsonl$/, ''));
    if (!rubric)
      throw new Error(`fixtures/answers/${name}: no rubric with id ${name.replace(/\.jsonl$/, '')}`);
    const { row, marks: m } = seedRow(rubric, lexicon, wordnet, join(dir, name));
    rows.push(row);
    marks.push(m);
  }
  return { rows, marks };
}
