/**
 * `npm run compare:marks -- <git ref> [--answers <n>]`: does the marking code of the working tree
 * give the same results as the code of an earlier commit? For a change meant to make marking
 * faster or tidier without changing a single mark (and to see exactly what moved when one is
 * meant to change marks).
 *
 * Builds src/ of both (the ref's from `git archive`, the working tree's as it is) into temporary
 * directories with this checkout's TypeScript and node_modules, loads the working tree's rubrics
 * into both, and marks the same answers with each: every teacher-marked fixture answer, <n>
 * benchmark-style answers per rubric (default 300; built from the fixtures' sentences by a seeded
 * generator) and five edge cases per rubric. Whole results are compared as JSON, so a moved
 * evidence offset or a reworded hint counts as a difference. Exits with 1 when any result differs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../bench/engine-corpus';
import { fixtures, type Fixture } from '../scoring/seed';

type Rubric = import('../../src/rubric/types').Rubric;
type Scoring = typeof import('../../src/scoring');
type RubricModule = typeof import('../../src/rubric');

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'fixtures', 'answers');
const EDGE_CASES = [
  '',
  '   ',
  'Beria was not arrested.',
  '<script>alert(1)</script> Khrushchev won',
  'x'.repeat(5000),
];
const SHOWN = 5;

interface Answer {
  rubricId: string;
  ref: string;
  text: string;
  teacherMark?: number;
}

/**
 * Compiles the marking code of the src/ in `dir` (src/scoring, src/rubric and what they import)
 * into `dir`/dist, beside links to this checkout's node_modules and rubrics. Only that: the web
 * service of an older commit may need a package this checkout no longer installs.
 */
function build(dir: string): string {
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The loader finds the rubric schemas beside the build, as in a checkout.
  symlinkSync(path.join(ROOT, 'rubrics'), path.join(dir, 'rubrics'), 'dir');
  const config = path.join(dir, 'tsconfig.marking.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: './tsconfig.json',
      include: [],
      files: ['src/scoring/index.ts', 'src/rubric/index.ts'],
    }),
  );
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', config, '--outDir', path.join(dir, 'dist')], {
    stdio: 'inherit',
  });
  return path.join(dir, 'dist');
}

function buildRef(ref: string, dir: string): string {
  const archive = path.join(dir, 'src.tar');
  execFileSync('git', [
    '-C',
    ROOT,
    'archive',
    '--format=tar',
    `--output=${archive}`,
    ref,
    'src',
    'tsconfig.json',
  ]);
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  return build(dir);
}

function buildWorkingTree(dir: string): string {
  cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  return build(dir);
}

function answersFor(
  rubric: Rubric,
  teacherMarked: ReadonlyMap<string, Fixture[]>,
  perRubric: number,
): Answer[] {
  const out: Answer[] = (teacherMarked.get(rubric.id) ?? []).map((f) => ({
    rubricId: rubric.id,
    ref: f.ref,
    text: f.answer,
    teacherMark: f.mark,
  }));
  buildCorpus(rubric, { fixturesDir: FIXTURES, count: perRubric, seed: 7 }).answers.forEach((text, i) =>
    out.push({ rubricId: rubric.id, ref: `corpus-${i + 1}`, text }),
  );
  EDGE_CASES.forEach((text, i) => out.push({ rubricId: rubric.id, ref: `edge-${i + 1}`, text }));
  return out;
}

interface Marker {
  rubrics: Rubric[];
  mark(rubricId: string, text: string): ReturnType<Scoring['mark']>;
}

/** The bundled rubrics compiled by one build as the service compiles them (WordNet included), and its mark(). */
async function marker(dist: string): Promise<Marker> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { loadRubricDir } = require(path.join(dist, 'rubric')) as RubricModule;
  const { createCatalog, mark } = require(path.join(dist, 'scoring')) as Scoring;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { rubrics, lexicon, wordnet } = await loadRubricDir(path.join(ROOT, 'rubrics'), { wordnet: true });
  const catalog = createCatalog(rubrics, { lexicon, wordnet });
  return { rubrics, mark: (rubricId, text) => mark(catalog.get(rubricId)!, text) };
}

/** The top-level fields of two results that differ, for the report. */
function differingFields(a: object, b: object): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].filter(
    (key) => JSON.stringify(left[key]) !== JSON.stringify(right[key]),
  );
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { answers: { type: 'string', default: '300' } },
    allowPositionals: true,
  });
  const ref = positionals[0];
  const perRubric = Number(values.answers);
  if (!ref || !Number.isInteger(perRubric) || perRubric < 0) {
    throw new Error('usage: npm run compare:marks -- <git ref> [--answers <n>]');
  }
  const work = mkdtempSync(path.join(tmpdir(), 'essay-feedback-compare-'));
  try {
    const baseDist = buildRef(ref, mkdtempSync(path.join(work, 'base-')));
    const currentDist = buildWorkingTree(mkdtempSync(path.join(work, 'current-')));
    const [before, after] = [await marker(baseDist), await marker(currentDist)];
    const { rubrics } = after;
    const teacherMarked = fixtures();
    const answers = rubrics.flatMap((rubric) => answersFor(rubric, teacherMarked, perRubric));

    let changed = 0;
    let marksChanged = 0;
    const exact = { before: 0, after: 0, marked: 0 };
    const shown: string[] = [];
    for (const answer of answers) {
      const a = before.mark(answer.rubricId, answer.text);
      const b = after.mark(answer.rubricId, answer.text);
      if (answer.teacherMark !== undefined) {
        exact.marked++;
        if (a.mark === answer.teacherMark) exact.before++;
        if (b.mark === answer.teacherMark) exact.after++;
      }
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      changed++;
      if (a.mark !== b.mark) marksChanged++;
      if (shown.length < SHOWN) {
        shown.push(
          `  ${answer.rubricId} ${answer.ref}: mark ${a.mark} -> ${b.mark}, level ${a.level?.level ?? '-'} -> ` +
            `${b.level?.level ?? '-'}; differs in ${differingFields(a, b).join(', ')}` +
            `\n    ${JSON.stringify(answer.text.slice(0, 120))}`,
        );
      }
    }
    console.log(`${ref} -> working tree: ${answers.length} answers over ${rubrics.length} rubrics`);
    console.log(`results that differ: ${changed} (the mark itself in ${marksChanged})`);
    if (shown.length > 0) console.log(`first ${shown.length}:\n${shown.join('\n')}`);
    console.log(`teacher's mark on fixture answers: ${exact.before} -> ${exact.after} of ${exact.marked}`);
    if (changed > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
