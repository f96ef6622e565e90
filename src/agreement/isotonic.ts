/**
 * The ordinal step of calibration: the best non-decreasing map from evidence score to mark
 * (isotonic regression by pool-adjacent-violators, least squares), rounded to whole marks and
 * written as an ascending { min, mark } table. A higher score can never earn a lower mark.
 */

export interface ScoredMark {
  score: number;
  mark: number;
}

/**
 * Fits the table. Answers scoring 0 are left out: a score of 0 is always mark 0, so no row
 * may start at 0 (calibration cannot give marks for nothing found).
 * @example fitMarkTable([{ score: 1, mark: 1 }, { score: 2, mark: 3 }], 4) // [{ min: 0.5, mark: 1 }, { min: 1.5, mark: 3 }]
 */
export function fitMarkTable(
  data: readonly ScoredMark[],
  maxMark: number,
): Array<{ min: number; mark: number }> {
  const byScore = new Map<number, { sum: number; n: number }>();
  for (const d of data) {
    if (d.score <= 0) continue;
    const g = byScore.get(d.score) ?? { sum: 0, n: 0 };
    g.sum += d.mark;
    g.n += 1;
    byScore.set(d.score, g);
  }
  const scores = [...byScore.keys()].sort((a, b) => a - b);
  // Pool adjacent violators: blocks of consecutive scores with their weighted mean mark.
  const blocks: Array<{ first: number; last: number; sum: number; n: number }> = [];
  scores.forEach((s, i) => {
    const g = byScore.get(s)!;
    blocks.push({ first: i, last: i, sum: g.sum, n: g.n });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.n <= b.sum / b.n) break;
      blocks.splice(blocks.length - 2, 2, { first: a.first, last: b.last, sum: a.sum + b.sum, n: a.n + b.n });
    }
  });
  const table: Array<{ min: number; mark: number }> = [];
  let prev = 0;
  for (const b of blocks) {
    const mark = Math.min(maxMark, Math.max(0, Math.round(b.sum / b.n)));
    if (mark <= prev) continue;
    // The row starts halfway between this block's lowest score and the score below it.
    const below = b.first === 0 ? 0 : scores[b.first - 1]!;
    table.push({ min: Math.round(((below + scores[b.first]!) / 2) * 1000) / 1000, mark });
    prev = mark;
  }
  return table;
}
