/**
 * Agreement on nominal labels (correct / contradictory / incorrect, or a point met or not):
 * accuracy, per-label precision, recall and F1, macro-F1 and weighted-F1 as the SemEval-2013
 * Task 7 organisers defined them (weighted by the number of gold answers with each label).
 */
import { round } from './ordinal';

export interface LabelScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold answers with this label. */
  support: number;
}

export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  weightedF1: number;
  perLabel: LabelScores[];
}

function rawF1(tp: number, fp: number, fn: number): number {
  // 2PR/(P+R) simplifies to 2tp/(2tp+fp+fn); 0 rather than NaN when nothing was predicted or due.
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * Precision, recall and F1 from counts, rounded; 0 (not NaN) when a denominator is empty.
 * @example precisionRecall(3, 1, 2) // { precision: 0.75, recall: 0.6, f1: 0.667 }
 */
export function precisionRecall(
  tp: number,
  fp: number,
  fn: number,
): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision: round(precision), recall: round(recall), f1: round(rawF1(tp, fp, fn)) };
}

/**
 * Scores predicted labels against gold labels. `labels` fixes the label set and order, so a
 * label no one predicted still counts (with F1 0) in the macro average.
 * @example classificationReport(['a', 'b'], ['a', 'a'], ['a', 'b']).accuracy // 0.5
 */
export function classificationReport(
  gold: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
): ClassificationReport {
  if (gold.length !== predicted.length) {
    throw new RangeError(
      `expected as many predictions as gold labels, found ${predicted.length} and ${gold.length}`,
    );
  }
  const n = gold.length;
  let correct = 0;
  for (let i = 0; i < n; i++) if (gold[i] === predicted[i]) correct += 1;
  const perLabel = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp += 1;
      else if (p) fp += 1;
      else if (g) fn += 1;
    }
    return { label, tp, fp, fn, support: tp + fn };
  });
  // Averages use unrounded F1 so the report does not compound rounding.
  const f1s = perLabel.map((c) => rawF1(c.tp, c.fp, c.fn));
  const macro = labels.length === 0 ? 0 : f1s.reduce((s, f) => s + f, 0) / labels.length;
  const weighted = n === 0 ? 0 : perLabel.reduce((s, c, i) => s + f1s[i]! * c.support, 0) / n;
  return {
    n,
    accuracy: n === 0 ? 0 : round(correct / n),
    macroF1: round(macro),
    weightedF1: round(weighted),
    perLabel: perLabel.map((c) => ({
      label: c.label,
      ...precisionRecall(c.tp, c.fp, c.fn),
      support: c.support,
    })),
  };
}
