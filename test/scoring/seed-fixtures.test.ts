import { mark, type Catalog } from '../../src/scoring';
import { bundledCatalog, fixtures } from './seed';

/**
 * Agreement with the teacher: the engine must give the teacher's level (or mark, for point-marked
 * items) on at least 90% of the marked answers, and never be more than one level out.
 */
describe('agreement with the teacher-marked answers', () => {
  let catalog: Catalog;
  const all = fixtures();
  beforeAll(async () => {
    catalog = await bundledCatalog();
  });

  it('has a rubric for every fixture file', () => {
    expect([...all.keys()].filter((id) => catalog.get(id) === undefined)).toEqual([]);
  });

  it("gives the teacher's level on at least 90% of answers and is never more than one level out", () => {
    const misses: string[] = [];
    let total = 0;
    let exact = 0;
    let far = 0;
    for (const [id, answers] of all) {
      const compiled = catalog.get(id)!;
      for (const fixture of answers) {
        const result = mark(compiled, fixture.answer);
        const engine = result.level ? result.level.level : result.mark;
        const teacher = fixture.level ?? fixture.mark;
        total++;
        if (engine === teacher) {
          exact++;
          continue;
        }
        if (Math.abs(engine - teacher) > 1) far++;
        const met = result.points.filter((p) => p.met).map((p) => p.id);
        misses.push(
          `${fixture.ref} [${fixture.kind}] teacher ${teacher} (${fixture.mark}), engine ${engine} (${result.mark}); engine points ${met.join(',')}; teacher points ${fixture.points.join(',')}`,
        );
      }
    }
    const summary = `${exact}/${total} exact (${((100 * exact) / total).toFixed(1)}%), ${far} more than one level out\n${misses.join('\n')}`;
    expect({ enough: exact / total >= 0.9, far, summary }).toEqual({ enough: true, far: 0, summary });
  });
});
