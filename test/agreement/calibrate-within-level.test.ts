/**
 * Calibration's shift within the level, on the bundled rubrics and their teacher-marked answers:
 * what the fit predicts is what mark() then gives, and the shift never changes a level.
 */
import { join } from 'node:path';
import { calibrate, calibratedFrom, fitCalibration } from '../../src/agreement/calibrate';
import { fitWithinLevelShift } from '../../src/agreement/level-shift';
import { loadRubricDir, validateRubric, type Rubric } from '../../src/rubric';
import { compileRubric, mark, type MarkResult } from '../../src/scoring';
import { shiftedWithinLevel } from '../../src/scoring/calibration';
import { fixtures, ROOT } from '../scoring/seed';

let loaded: Awaited<ReturnType<typeof loadRubricDir>>;

beforeAll(async () => {
  loaded = await loadRubricDir(join(ROOT, 'rubrics'), { wordnet: true });
});

function rubricOf(id: string): Rubric {
  const rubric = loaded.rubrics.find((r) => r.id === id);
  if (!rubric) throw new Error(`no bundled rubric ${id}`);
  return rubric;
}

function markAll(rubric: Rubric): MarkResult[] {
  const compiled = compileRubric(rubric, { lexicon: loaded.lexicon, wordnet: loaded.wordnet });
  return (fixtures().get(rubric.id) ?? []).map((f) => mark(compiled, f.answer));
}

const fittedOn = { answers: 16, fittedAt: '2026-01-01T00:00:00.000Z', method: 'test' };
const POWER = 'ussr-power-struggle-1953';

describe('the shift within the level', () => {
  it('reads every fixture answer of every bundled rubric back to its own mark from its signals', () => {
    for (const rubric of loaded.rubrics) {
      const results = markAll(rubric);
      expect(results.length).toBeGreaterThanOrEqual(12);
      expect(results.map((r) => shiftedWithinLevel(rubric, r, 0))).toEqual(results.map((r) => r.mark));
    }
  });

  it.each([-0.5, -0.15, 0.3, 1])(
    'marks with a stored shift of %p exactly as the fit predicted, in the same level',
    (withinLevelShift) => {
      const raw = rubricOf(POWER);
      const before = markAll(raw);
      const after = markAll({ ...raw, calibration: { withinLevelShift, fittedOn } });
      expect(after.map((r) => r.mark)).toEqual(
        before.map((r) => shiftedWithinLevel(raw, r, withinLevelShift)),
      );
      expect(after.map((r) => r.level?.level)).toEqual(before.map((r) => r.level?.level));
      // A shift is not a no-op on these answers: some mark moves, in the shift's direction only.
      const moved = after.map((r, i) => r.mark - before[i]!.mark).filter((d) => d !== 0);
      expect(moved.length).toBeGreaterThan(0);
      expect(moved.every((d) => Math.sign(d) === Math.sign(withinLevelShift))).toBe(true);
    },
  );

  it('learns a teacher who puts every answer a notch lower within its level', () => {
    const raw = rubricOf(POWER);
    const results = markAll(raw);
    const examples = results.map((result) => ({ result, teacher: shiftedWithinLevel(raw, result, -0.15) }));
    expect(examples.some((e) => e.teacher !== e.result.mark)).toBe(true);
    const fitted = fitCalibration(raw, examples);
    expect(fitted.withinLevelShift).toBeLessThan(0);
    expect(examples.map((e) => calibratedFrom(raw, fitted, e.result))).toEqual(
      examples.map((e) => e.teacher),
    );
    const report = calibrate({ rubric: raw, examples, fittedAt: fittedOn.fittedAt });
    expect(report.calibration.withinLevelShift).toBe(fitted.withinLevelShift);
    expect(report.after.exact).toBe(1);
    expect(report.before.exact).toBeLessThan(1);
    expect(report.calibration.fittedOn.method).toMatch(/place within the level moved down/);
  });

  it('leaves a teacher who agrees with the rubric without any shift', () => {
    const raw = rubricOf(POWER);
    const examples = markAll(raw).map((result) => ({ result, teacher: result.mark }));
    expect(fitWithinLevelShift(raw, examples)).toBe(0);
    expect(calibrate({ rubric: raw, examples, fittedAt: '' }).calibration).not.toHaveProperty(
      'withinLevelShift',
    );
  });

  it('fits no shift on a point-marked question, and refuses one stored there', () => {
    const short = rubricOf('beria-feared-short');
    const examples = markAll(short).map((result) => ({ result, teacher: Math.max(0, result.mark - 1) }));
    expect(fitWithinLevelShift(short, examples)).toBe(0);
    const checked = validateRubric(
      { ...short, calibration: { withinLevelShift: 0.1, fittedOn } },
      'short.json',
    );
    expect(checked.ok ? [] : checked.issues).toEqual([
      expect.objectContaining({
        pointer: '/calibration/withinLevelShift',
        message: expect.stringMatching(/point-marked question/),
      }),
    ]);
  });

  it('refuses a shift beyond a whole level either way', () => {
    const checked = validateRubric(
      { ...rubricOf(POWER), calibration: { withinLevelShift: 1.5, fittedOn } },
      'p.json',
    );
    expect(checked.ok ? [] : checked.issues).toEqual([
      expect.objectContaining({ pointer: '/calibration/withinLevelShift' }),
    ]);
  });
});
