/**
 * Agreement between two markers on an ordinal scale (marks 0..maxMark): exact and adjacent
 * agreement, quadratic weighted kappa, the confusion matrix and the mean signed difference.
 * Pure maths: empty input is answered explicitly, every figure is rounded.
 */

/** One answer marked by both: the reference (teacher) and the marker under test. */
export interface MarkPair {
  teacher: number;
  marker: number;
}

export interface OrdinalAgreement {
  n: number;
  /** Share of answers given the same mark (0..1). */
  exact: number;
  /** Share of answers within one mark (0..1). */
  adjacent: number;
  /** Quadratic weighted kappa; null when undefined (no answers, or no spread in either marker). */
  qwk: number | null;
  /** Mean of (marker - teacher): below 0 the marker is harsh, above 0 generous. */
  meanSignedDifference: number;
  /** Rows: teacher mark 0..maxMark; columns: marker mark 0..maxMark. */
  confusion: number[][];
}

/** Rounds to `digits` decimals and turns -0 into 0, so reports are stable. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

function clampMark(mark: number, maxMark: number): number {
  return Math.min(maxMark, Math.max(0, Math.round(mark)));
}

/**
 * The (maxMark + 1) x (maxMark + 1) confusion matrix, teacher marks as rows.
 * @example confusionMatrix([{ teacher: 1, marker: 0 }], 1) // [[0, 0], [1, 0]]
 */
export function confusionMatrix(pairs: readonly MarkPair[], maxMark: number): number[][] {
  const size = maxMark + 1;
  const m = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const p of pairs) {
    m[clampMark(p.teacher, maxMark)]![clampMark(p.marker, maxMark)]! += 1;
  }
  return m;
}

/**
 * Quadratic weighted kappa (Cohen 1968) from a confusion matrix: 1 - sum(w*O) / sum(w*E) with
 * w = (i-j)^2 / (k-1)^2 and E the outer product of the marginals. Null when undefined.
 * @example quadraticWeightedKappa([[2, 0], [0, 2]]) // 1
 */
export function quadraticWeightedKappa(confusion: readonly (readonly number[])[]): number | null {
  const k = confusion.length;
  const n = confusion.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  if (k < 2 || n === 0) return null;
  const rows = confusion.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: k }, (_, j) => confusion.reduce((s, row) => s + (row[j] ?? 0), 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (k - 1) ** 2;
      observed += w * (confusion[i]![j] ?? 0);
      expected += (w * rows[i]! * cols[j]!) / n;
    }
  }
  // No spread in either marker: kappa is undefined rather than 0 or 1.
  if (expected === 0) return null;
  return round(1 - observed / expected);
}

/**
 * Every ordinal agreement figure for one set of marked answers.
 * @example ordinalAgreement([{ teacher: 2, marker: 1 }, { teacher: 0, marker: 0 }], 3).exact // 0.5
 */
export function ordinalAgreement(pairs: readonly MarkPair[], maxMark: number): OrdinalAgreement {
  const confusion = confusionMatrix(pairs, maxMark);
  const n = pairs.length;
  if (n === 0) return { n, exact: 0, adjacent: 0, qwk: null, meanSignedDifference: 0, confusion };
  let exact = 0;
  let adjacent = 0;
  let signed = 0;
  for (const p of pairs) {
    const d = clampMark(p.marker, maxMark) - clampMark(p.teacher, maxMark);
    if (d === 0) exact += 1;
    if (Math.abs(d) <= 1) adjacent += 1;
    signed += d;
  }
  return {
    n,
    exact: round(exact / n),
    adjacent: round(adjacent / n),
    qwk: quadraticWeightedKappa(confusion),
    meanSignedDifference: round(signed / n),
    confusion,
  };
}
