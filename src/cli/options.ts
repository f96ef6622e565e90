/** Parsers for command-line option values: a bad value is a usage error (exit 2). */
import { UsageError } from './io';

/**
 * A commander parser for a whole-number option: anything else is a usage error naming the option
 * and what was found, never a silent default.
 *
 * @example .option('--folds <k>', 'folds', wholeNumber('--folds', 2, 100)) // "--folds abc" exits 2
 */
export function wholeNumber(option: string, min: number, max: number): (value: string) => number {
  return function parseWholeNumber(value: string): number {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(n) || n < min || n > max)
      throw new UsageError(`${option} must be a whole number ${min}-${max}, found "${value}"`);
    return n;
  };
}
