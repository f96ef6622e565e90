/**
 * `npm run eval`: the project's measure of its own marking quality, in one process.
 *  1. Seed fixtures: agreement with the teacher marks in fixtures/answers, before calibration
 *     and after it (5-fold cross-validated over 10 seeded partitions: never on the answers it
 *     was fitted on), per rubric and pooled over every fixture answer.
 *  2. SemEval-2013 Task 7 (fixtures/semeval2013): rubrics drafted from reference answers,
 *     labels from bands fitted on training; beside the lexical-overlap baseline. Opposites
 *     (connected / gap) are mined from the training reference answers, their minimum support
 *     chosen by question-grouped cross-validation on training; the test splits only report.
 * Prints tables and writes docs/evaluation.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricDir } from '../../src/rubric';
import { mineOpposites, type MinedOpposite } from './opposites';
import { bestSupport, crossValidateTraining, FOLDS as CV_FOLDS, type CvScores } from './semeval-cv';
import { loadSplit } from './semeval-data';
import { evaluateCorpus, type SystemScores } from './semeval-eval';
import { FOLDS, pooledSeed, REPEATS, seedFixtures, type SeedRow } from './seed-agreement';

/** Minimum supports tried for the mined opposites. */
const SUPPORTS = [2, 3, 4];

const ROOT = join(__dirname, '..', '..');

const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : x.toFixed(3));

function printSeed(rows: SeedRow[], pooled: ReturnType<typeof pooledSeed>): void {
  console.log(
    `\nSeed fixtures: agreement with teacher marks (after = calibrated, ${FOLDS}-fold cross-validated, mean of ${REPEATS} partitions)`,
  );
  console.log(
    `${'rubric'.padEnd(38)} n   max  exact  adj    QWK    diff   | exact  adj    QWK    diff   | pt P   pt R`,
  );
  for (const r of rows) {
    const b = r.before;
    const a = r.after;
    console.log(
      `${r.rubric.padEnd(38)}${String(r.answers).padStart(3)} ${String(r.maxMark).padStart(4)}  ${f3(b.exact)}  ${f3(b.adjacent)}  ${f3(b.qwk).padStart(6)} ${f3(b.meanSignedDifference).padStart(6)} | ${f3(a.exact)}  ${f3(a.adjacent)}  ${f3(a.qwk).padStart(6)} ${f3(a.meanSignedDifference).padStart(6)} | ${f3(r.pointPrecision)}  ${f3(r.pointRecall)}  (exact ${f3(a.exactMin)}-${f3(a.exactMax)})`,
    );
  }
  const pb = pooled.before;
  const pa = pooled.after;
  console.log(
    `${'all seed fixtures (pooled)'.padEnd(38)}${String(pooled.answers).padStart(3)}    -  ${f3(pb.exact)}  ${f3(pb.adjacent)}  mean |diff| ${f3(pb.meanAbsoluteDifference)} | ${f3(pa.exact)}  ${f3(pa.adjacent)}  mean |diff| ${f3(pa.meanAbsoluteDifference)}  (exact ${f3(pa.exactMin)}-${f3(pa.exactMax)})`,
  );
}

const contradictory = (r: {
  perLabel: Array<{ label: string; precision: number; recall: number; f1: number }>;
}) => {
  const c = r.perLabel.find((l) => l.label === 'contradictory');
  return c ? `${f3(c.precision)} / ${f3(c.recall)} / ${f3(c.f1)}` : 'n/a';
};

interface CorpusOpposites {
  minSupport: number | null;
  pairs: Array<{ pair: [string, string]; questions: number }>;
}

function printCrossValidation(corpus: string, cv: CvScores[], chosen: CorpusOpposites): void {
  console.log(
    `\nSemEval-2013 ${corpus}, training, ${CV_FOLDS}-fold cross-validated by question: 3-way accuracy / macro-F1 / weighted-F1, contradictory P / R / F1; 2-way accuracy`,
  );
  for (const s of cv.filter((x) => x.ways === 3)) {
    const two = cv.find((x) => x.ways === 2 && x.system === s.system && x.minSupport === s.minSupport)!;
    const name = s.minSupport === null ? s.system : `${s.system} (support >= ${s.minSupport})`;
    console.log(
      `  ${name.padEnd(50)} ${f3(s.report.accuracy)}  ${f3(s.report.macroF1)}  ${f3(s.report.weightedF1)}  ${contradictory(s.report)}  ${f3(two.report.accuracy)}`,
    );
  }
  const pairs = chosen.pairs.map((p) => `${p.pair.join(' / ')} (${p.questions})`).join(', ');
  console.log(
    `  chosen: ${chosen.minSupport === null ? 'no opposites' : `support >= ${chosen.minSupport}: ${pairs}`}`,
  );
}

function printSemeval(corpus: string, scores: SystemScores[]): void {
  for (const ways of [3, 2] as const) {
    console.log(`\nSemEval-2013 ${corpus}, ${ways}-way: accuracy / macro-F1 / weighted-F1`);
    for (const s of scores.filter((x) => x.ways === ways)) {
      const r = s.report;
      console.log(
        `  ${s.split.padEnd(22)} ${s.system.padEnd(36)} ${String(r.n).padStart(5)}  ${f3(r.accuracy)}  ${f3(r.macroF1)}  ${f3(r.weightedF1)}${ways === 3 ? `  contradictory ${contradictory(r)}` : ''}`,
      );
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const { rows: seed, marks } = await seedFixtures();
  const pooled = pooledSeed(marks);
  printSeed(seed, pooled);
  const { lexicon } = await loadRubricDir(join(ROOT, 'rubrics'));
  const semeval: Record<
    string,
    { trainAnswers: number; scores: SystemScores[]; crossValidation: CvScores[]; opposites: CorpusOpposites }
  > = {};
  for (const corpus of ['beetle', 'sciEntsBank'] as const) {
    const training = loadSplit(corpus, 'training');
    const crossValidation = crossValidateTraining(training, lexicon, SUPPORTS);
    const minSupport = bestSupport(crossValidation);
    const mined: MinedOpposite[] = minSupport === null ? [] : mineOpposites(training, { minSupport });
    const opposites = {
      minSupport,
      pairs: mined.map((m) => ({ pair: m.pair, questions: m.questions.length })),
    };
    printCrossValidation(corpus, crossValidation, opposites);
    const result = evaluateCorpus(
      corpus,
      lexicon,
      mined.map((m) => m.pair),
    );
    semeval[corpus] = { ...result, crossValidation, opposites };
    printSemeval(corpus, result.scores);
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(`\nDone in ${seconds} s. Report: docs/evaluation.json`);
  const slim = (s: SystemScores) => ({
    system: s.system,
    split: s.split,
    ways: s.ways,
    n: s.report.n,
    accuracy: s.report.accuracy,
    macroF1: s.report.macroF1,
    weightedF1: s.report.weightedF1,
    perLabel: s.report.perLabel,
  });
  const report = {
    description:
      'npm run eval: seed fixtures (agreement with teacher marks) and SemEval-2013 Task 7 (drafted rubrics vs lexical-overlap baseline). See docs/evaluation.md.',
    seconds,
    seed,
    seedPooled: pooled,
    semeval: Object.fromEntries(
      Object.entries(semeval).map(([c, r]) => [
        c,
        {
          trainAnswers: r.trainAnswers,
          opposites: r.opposites,
          crossValidation: r.crossValidation.map((s) => ({
            system: s.system,
            minSupport: s.minSupport,
            ways: s.ways,
            accuracy: s.report.accuracy,
            macroF1: s.report.macroF1,
            weightedF1: s.report.weightedF1,
            perLabel: s.report.perLabel,
          })),
          scores: r.scores.map(slim),
        },
      ]),
    ),
  };
  writeFileSync(join(ROOT, 'docs', 'evaluation.json'), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
