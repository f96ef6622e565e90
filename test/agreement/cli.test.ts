import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateRubric } from '../../src/rubric';
import { compileRubric, mark } from '../../src/scoring';
import { rubricFolder, runCli, testRubric as beriaRubric } from '../cli/helpers';

const phrases = {
  'secret-police': 'Beria controlled the secret police.',
  arrest: 'Beria was arrested in June 1953.',
  malenkov: 'Malenkov was premier.',
};

/** Twenty answers; the teacher gives two marks a point, which the levels scheme does not. */
function markedFile(dir: string): string {
  const ids = Object.keys(phrases) as Array<keyof typeof phrases>;
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const made = ids.filter((_, j) => (i >> j) & 1 || i % 7 === j);
    const answer = made.map((id) => phrases[id]).join(' ') || 'Stalin died.';
    lines.push(JSON.stringify({ ref: `s${i}`, answer, mark: made.length * 2, points: made }));
  }
  const file = join(dir, 'marks.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('agreement commands', () => {
  it('test-rubric prints agreement and the answers accepted and rejected wrongly', async () => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = join(dir, 'marks.csv');
    writeFileSync(
      file,
      'ref,answer,mark,points\na,"Beria controlled the secret police.",1,secret-police\nb,"Malenkov was premier.",0,\n',
    );
    const run = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Agreement with the teacher (2 answers with a teacher mark)');
    expect(run.stdout).toMatch(
      /Accepted wrongly: the marker gave credit the teacher did not \(2\)\n\s+line 3 \[b\] \(marker \d, teacher 0\)/,
    );
    expect(run.stdout).toContain('evidence (malenkov): "Malenkov"');
  });

  it('test-rubric --json gives the whole report', async () => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const run = await runCli(['test-rubric', 'test-beria', markedFile(dir), '--rubrics', dir, '--json']);
    const report = JSON.parse(run.stdout) as {
      answers: number;
      agreement: { qwk: number };
      points: unknown[];
    };
    expect(report.answers).toBe(20);
    expect(report.points).toHaveLength(3);
    expect(typeof report.agreement.qwk).toBe('number');
  });

  it('test-rubric --against shows what an edit to the rubric changes', async () => {
    const edited = {
      ...beriaRubric,
      points: beriaRubric.points.map((p) =>
        p.id === 'malenkov' ? { ...p, match: { all: [['Malenkov'], ['head of government']] } } : p,
      ),
    };
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
    const file = join(dir, 'marks.csv');
    writeFileSync(
      file,
      'ref,answer,mark\na,"Malenkov was premier.",1\nb,"Malenkov was head of government.",1\n',
    );
    const args = ['test-rubric', join(dir, 'edited.json'), file, '--rubrics', dir, '--against', 'test-beria'];
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Changes from rubric test-beria\n  marks: 2 of 2 answers change (1 up, 1 down)',
    );
    expect(run.stdout).toMatch(
      /point malenkov: "Malenkov became premier"\n {4}newly met \(1\)\n {6}line 3 \[b\]: "Malenkov" \.\.\. "head of government"\n {4}no longer met \(1\)\n {6}line 2 \[a\]: "Malenkov" \.\.\. "premier"/,
    );
    const json = await runCli([...args, '--json']);
    const report = JSON.parse(json.stdout) as { changes: { agreement: { before: { exact: number } } } };
    expect(report.changes.agreement.before.exact).toBe(0.5);
  });

  it('test-rubric refuses a malformed CSV, naming the line, and exits 2', async () => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'answer,mark\nfine,1\n"never closed,2\n');
    const run = await runCli(['test-rubric', 'test-beria', file, '--rubrics', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.csv: line 3: a quote opened in this row is never closed');
    expect(run.stdout).toBe('');
  });

  it('calibrate --write stores a calibration that the marker then applies', async () => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = markedFile(dir);
    const run = await runCli(['calibrate', 'test-beria', file, '--rubrics', dir, '--write']);
    expect(run.stdout).toMatch(/before \(uncalibrated\)/);
    expect(run.stdout).toMatch(/after \(held-out folds\)/);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'beria.json'), 'utf8')) as unknown;
    const valid = validateRubric(written);
    if (!valid.ok) throw new Error(JSON.stringify(valid.issues));
    expect(valid.rubric.calibration?.fittedOn).toMatchObject({ answers: 20, source: 'marks.jsonl' });
    expect(valid.rubric.calibration!.crossValidated!.after.exact).toBeGreaterThan(
      valid.rubric.calibration!.crossValidated!.before.exact!,
    );
    // The teacher gives two marks a point; the uncalibrated levels scheme gives 1 for one point and 8 for
    // three. Calibration moves both to the teacher's mark (the top through the shift within its level).
    const compiled = compileRubric(valid.rubric, {});
    const all = Object.values(phrases).join(' ');
    expect(mark(compileRubric(beriaRubric as never, {}), phrases['secret-police']).mark).toBe(1);
    expect(mark(compiled, phrases['secret-police']).mark).toBe(2);
    expect(mark(compileRubric(beriaRubric as never, {}), all).mark).toBe(8);
    expect(mark(compiled, all).mark).toBe(6);
  });

  it('calibrate --write leaves the rubric alone when calibration does not help', async () => {
    const dir = rubricFolder({ 'beria.json': beriaRubric });
    const file = join(dir, 'same.jsonl');
    // The teacher agrees with the uncalibrated marker exactly: nothing to gain.
    const compiled = compileRubric(beriaRubric as never, {});
    const answers = Array.from(
      { length: 12 },
      (_, i) =>
        Object.values(phrases)
          .slice(0, i % 4)
          .join(' ') || 'Nothing.',
    );
    writeFileSync(
      file,
      answers.map((answer) => JSON.stringify({ answer, mark: mark(compiled, answer).mark })).join('\n'),
    );
    const before = readFileSync(join(dir, 'beria.json'), 'utf8');
    const run = await runCli(['calibrate', 'test-beria', file, '--rubrics', dir, '--write']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not improve cross-validated agreement');
    expect(readFileSync(join(dir, 'beria.json'), 'utf8')).toBe(before);
  });

  it('draft-rubric prints valid rubric JSON from a question and model answers', async () => {
    const dir = rubricFolder({});
    const run = await runCli([
      'draft-rubric',
      '--rubrics',
      dir,
      '--no-wordnet',
      '--question',
      'How did you separate the salt from the water?',
      '--answer',
      'The water was evaporated, leaving the salt.',
    ]);
    expect(run.code).toBe(0);
    const valid = validateRubric(JSON.parse(run.stdout));
    expect(valid.ok).toBe(true);
    if (valid.ok)
      expect(mark(compileRubric(valid.rubric, {}), valid.rubric.modelAnswers[0]!).mark).toBe(
        valid.rubric.maxMark,
      );
  });

  it('draft-rubric refuses to run without a model answer', async () => {
    const run = await runCli(['draft-rubric', '--question', 'Why?']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--answer/);
  });
});
