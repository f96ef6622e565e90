/**
 * k-fold cross-validation: every item is predicted by a model fitted without it, so agreement
 * "after calibration" is never measured on the answers the calibration saw.
 */

/**
 * Deterministic stratified folds: items sorted by their target and dealt round-robin, so each
 * fold holds a similar spread of marks. Returns the fold of each item (0..k-1).
 * @example assignFolds([0, 0, 1, 1], 2) // [0, 1, 0, 1]
 */
export function assignFolds(targets: readonly number[], k: number): number[] {
  const order = targets.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
  const folds = new Array<number>(targets.length).fill(0);
  order.forEach((o, rank) => {
    folds[o.i] = rank % k;
  });
  return folds;
}

export interface CrossValidateOptions<T, M> {
  k: number;
  /** The value folds are stratified on (the teacher's mark). */
  target: (item: T) => number;
  fit: (train: T[]) => M;
  predict: (model: M, item: T) => number;
}

/**
 * Out-of-fold predictions, one per item, in input order.
 * @example crossValidate(items, { k: 5, target: (x) => x.teacher, fit, predict }).predictions
 */
export function crossValidate<T, M>(
  items: readonly T[],
  opts: CrossValidateOptions<T, M>,
): { predictions: number[]; folds: number[] } {
  const k = Math.max(2, Math.min(opts.k, items.length));
  const folds = assignFolds(items.map(opts.target), k);
  const predictions = new Array<number>(items.length).fill(0);
  for (let f = 0; f < k; f++) {
    const train = items.filter((_, i) => folds[i] !== f);
    const model = opts.fit(train);
    items.forEach((item, i) => {
      if (folds[i] === f) predictions[i] = opts.predict(model, item);
    });
  }
  return { predictions, folds };
}
