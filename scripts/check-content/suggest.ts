import { distance } from 'fastest-levenshtein';

/**
 * The known key closest to a typo, if it is close enough to be a plausible
 * typo (at most a third of the letters differ, and never more than 3).
 */
export function closestKey(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  return best !== undefined && bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** " Bedoel je `x`?" or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const suggestion = closestKey(input, candidates);
  return suggestion ? ` Bedoel je ${suggestion}?` : '';
}
