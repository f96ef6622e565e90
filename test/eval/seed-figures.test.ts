/**
 * The seed agreement figures the project publishes are the ones the bundled rubrics and the
 * calibration give now: a change to a rubric, the engine or calibration that moves them fails here
 * until `npm run eval` is run again and docs/evaluation.md's table updated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pooledSeed, seedFixtures, type SeedRow } from './seed-agreement';

const DOCS = join(__dirname, '..', '..', 'docs');

interface Recorded {
  seed: SeedRow[];
  seedPooled: ReturnType<typeof pooledSeed>;
}

let measured: { rows: SeedRow[]; pooled: ReturnType<typeof pooledSeed> };

beforeAll(async () => {
  const { rows, marks } = await seedFixtures();
  measured = { rows, pooled: pooledSeed(marks) };
}, 120_000);

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));

/** The rubric's row of the markdown table in docs/evaluation.md, as the figures would print. */
function markdownRow(r: SeedRow): string {
  const b = r.before;
  const a = r.after;
  const cells = [
    r.rubric,
    String(r.answers),
    String(r.maxMark),
    ...[b.exact, b.adjacent, b.qwk, b.meanSignedDifference].map(f3),
    ...[a.exact, a.adjacent, a.qwk, a.meanSignedDifference].map(f3),
    f3(r.pointPrecision),
    f3(r.pointRecall),
    `${f3(a.exactMin)}-${f3(a.exactMax)}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

describe('the published seed agreement figures', () => {
  it('in docs/evaluation.json are what the bundled rubrics and calibration give now', () => {
    const recorded = JSON.parse(readFileSync(join(DOCS, 'evaluation.json'), 'utf8')) as Recorded;
    expect(measured.rows).toEqual(recorded.seed);
    expect(measured.pooled).toEqual(recorded.seedPooled);
  });

  it("in docs/evaluation.md's table are the same figures", () => {
    const table = readFileSync(join(DOCS, 'evaluation.md'), 'utf8').split('\n');
    for (const row of measured.rows) expect(table).toContain(markdownRow(row));
    const { before, after } = measured.pooled;
    expect(table).toContain(
      `| **all seed fixtures (pooled)** | ${measured.pooled.answers} | - | ${f3(before.exact)} | ${f3(before.adjacent)} | - | mean \\|diff\\| ${f3(before.meanAbsoluteDifference)} | ${f3(after.exact)} | ${f3(after.adjacent)} | - | mean \\|diff\\| ${f3(after.meanAbsoluteDifference)} | | | ${f3(after.exactMin)}-${f3(after.exactMax)} |`,
    );
  });
});
