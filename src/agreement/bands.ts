/**
 * A one-feature classifier: cut a score (0..1) into at most `bands` intervals and give each the
 * label most of its training answers carry. Fitted by exhaustive search over candidate cuts for
 * the highest training accuracy; deterministic (ties keep the lower cut and the earlier label).
 */
import { round } from './ordinal';

export interface Bands {
  /** Ascending cut points: band i holds scores in [cuts[i-1], cuts[i]). */
  cuts: number[];
  /** One label per band (cuts.length + 1). */
  labels: string[];
}

export interface Scored {
  score: number;
  label: string;
}

/**
 * The label a score falls into.
 * @example applyBands({ cuts: [0.5], labels: ['incorrect', 'correct'] }, 0.7) // 'correct'
 */
export function applyBands(bands: Bands, score: number): string {
  let i = 0;
  while (i < bands.cuts.length && score >= bands.cuts[i]!) i += 1;
  return bands.labels[i]!;
}

function candidates(items: readonly Scored[], max: number): number[] {
  const distinct = [...new Set(items.map((x) => x.score))].sort((a, b) => a - b);
  // Cut between neighbouring distinct scores; thin to at most `max` candidates by quantile.
  const mids = distinct.slice(1).map((s, i) => round((s + distinct[i]!) / 2, 4));
  if (mids.length <= max) return mids;
  return Array.from({ length: max }, (_, i) => mids[Math.floor((i * mids.length) / max)]!);
}

function majority(counts: Map<string, number>, labels: readonly string[]): { label: string; hits: number } {
  let best = { label: labels[0]!, hits: -1 };
  for (const l of labels) {
    const c = counts.get(l) ?? 0;
    if (c > best.hits) best = { label: l, hits: c };
  }
  return best;
}

function scoreCuts(
  items: readonly Scored[],
  cuts: number[],
  labels: readonly string[],
): { hits: number; bands: Bands } {
  const perBand = Array.from({ length: cuts.length + 1 }, () => new Map<string, number>());
  for (const it of items) {
    let i = 0;
    while (i < cuts.length && it.score >= cuts[i]!) i += 1;
    perBand[i]!.set(it.label, (perBand[i]!.get(it.label) ?? 0) + 1);
  }
  let hits = 0;
  const out: string[] = [];
  for (const counts of perBand) {
    const m = majority(counts, labels);
    hits += Math.max(0, m.hits);
    out.push(m.label);
  }
  return { hits, bands: { cuts, labels: out } };
}

/**
 * Fits up to `bands` intervals (1..3) on training answers.
 * @example fitBands([{ score: 0.9, label: 'correct' }, { score: 0.1, label: 'incorrect' }], ['correct', 'incorrect'], 2)
 */
export function fitBands(items: readonly Scored[], labels: readonly string[], bands: 1 | 2 | 3): Bands {
  let best = scoreCuts(items, [], labels);
  const cand = candidates(items, 120);
  if (bands >= 2) {
    for (const c of cand) {
      const s = scoreCuts(items, [c], labels);
      if (s.hits > best.hits) best = s;
    }
  }
  if (bands === 3) {
    for (let i = 0; i < cand.length; i++) {
      for (let j = i + 1; j < cand.length; j++) {
        const s = scoreCuts(items, [cand[i]!, cand[j]!], labels);
        if (s.hits > best.hits) best = s;
      }
    }
  }
  return best.bands;
}
