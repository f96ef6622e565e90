/**
 * k-fold cross-validation: every item is predicted by a model fitted without it, so agreement
 * "after calibration" is never measured on the answers the calibration saw. With a few dozen
 * answers one partition into folds can be lucky or unlucky by a couple of answers, so the figures
 * that matter are averaged over several seeded partitions (repeated k-fold).
 */

import { seededRandom } from './seeded-random';

/**
 * Deterministic stratified folds: items sorted by their target and dealt round-robin, so each
 * fold holds a similar spread of marks. Without a seed, ties keep input order and the deal starts
 * at fold 0; with a seed, ties are shuffled and each round of the deal is in a shuffled fold order.
 * Returns the fold of each item (0..k-1).
 * @example assignFolds([0, 0, 1, 1], 2) // [0, 1, 0, 1]
 */
export function assignFolds(targets: readonly number[], k: number, seed?: number): number[] {
  const random = seed === undefined ? null : seededRandom(seed);
  const keys = targets.map((_, i) => (random ? random() : i));
  const order = targets.map((t, i) => i).sort((a, b) => targets[a]! - targets[b]! || keys[a]! - keys[b]!);
  const folds = new Array<number>(targets.length).fill(0);
  for (let start = 0; start < order.length; start += k) {
    const round = Array.from({ length: k }, (_, f) => f);
    if (random) shuffle(round, random);
    order.slice(start, start + k).forEach((item, j) => {
      folds[item] = round[j]!;
    });
  }
  return folds;
}

function shuffle(values: number[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
}

export interface CrossValidateOptions<T, M> {
  k: number;
  /** The value folds are stratified on (the teacher's mark). */
  target: (item: T) => number;
  fit: (train: T[]) => M;
  predict: (model: M, item: T) => number;
  /** Seeds the partition (see assignFolds); without it the partition is the unshuffled one. */
  seed?: number;
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
  const folds = assignFolds(items.map(opts.target), k, opts.seed);
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

/**
 * Repeated k-fold: `repeats` partitions seeded 1..repeats, each giving one out-of-fold prediction
 * per item. Figures computed per partition and averaged do not hang on one lucky partition.
 * @example repeatedCrossValidate(items, { k: 5, repeats: 10, target, fit, predict }).length // 10
 */
export function repeatedCrossValidate<T, M>(
  items: readonly T[],
  opts: Omit<CrossValidateOptions<T, M>, 'seed'> & { repeats: number },
): Array<{ predictions: number[]; folds: number[] }> {
  return Array.from({ length: Math.max(1, opts.repeats) }, (_, r) =>
    crossValidate(items, { ...opts, seed: r + 1 }),
  );
}
