import type { CompiledRubric } from '../../src/scoring';
import { mark } from '../../src/scoring';
import { bundledCatalog } from './seed';

describe('the bundled rubrics', () => {
  let rubrics: CompiledRubric[] = [];
  beforeAll(async () => {
    rubrics = (await bundledCatalog()).list();
  });

  it('are all compiled', () => {
    expect(rubrics.length).toBeGreaterThanOrEqual(8);
  });

  it('take each model answer to the top level, or full marks for point-marked items', () => {
    const short: string[] = [];
    for (const compiled of rubrics) {
      const { scheme, maxMark } = compiled.rubric;
      const top = scheme.type === 'levels' ? Math.max(...scheme.levels.map((l) => l.level)) : null;
      compiled.rubric.modelAnswers.forEach((answer, i) => {
        const result = mark(compiled, answer);
        const reached = top === null ? result.mark === maxMark : result.level?.level === top;
        if (!reached) {
          short.push(
            `${compiled.id} model answer ${i + 1}: level ${result.level?.level ?? '-'}, ${result.mark}/${maxMark}, ${JSON.stringify(result.signals)}`,
          );
        }
      });
    }
    expect(short).toEqual([]);
  });
});
