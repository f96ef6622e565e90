/** "Did you mean" hints for misspelt property names. */
import { boundedDistance } from '../nlp';

/**
 * The allowed name closest to a misspelt one, or undefined when none is plausibly meant.
 * @example closestName('lable', ['label', 'match']) // 'label'
 */
export function closestName(name: string, allowed: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of allowed) {
    const distance = boundedDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
