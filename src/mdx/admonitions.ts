/**
 * Admonitions (`:::note` …): what an author's keyword becomes. A known type
 * renders as itself, in any case (`:::Tip`); an unknown one (`:::Oproep`)
 * renders as a note titled with the author's word, so its text is never
 * lost, and gets a warning naming the nearest known type. Read by the build
 * (plugins/remark-content-habits) and by `npm run check:content`.
 */
import { ADMONITION_TYPES } from './allowlist';

export type AdmonitionType = (typeof ADMONITION_TYPES)[number];

/** The type an unknown keyword renders as. */
export const FALLBACK_ADMONITION: AdmonitionType = 'note';

/** Edit distance; a dozen short words, so the plain dynamic programme. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

export interface AdmonitionChoice {
  /** The type that renders. */
  type: AdmonitionType;
  /** True when the keyword is a known type (in any case). */
  known: boolean;
  /** For an unknown keyword: the known type nearest to it. */
  nearest?: AdmonitionType;
}

/** What `:::keyword` renders as. */
export function admonitionFor(keyword: string): AdmonitionChoice {
  const lower = keyword.toLowerCase();
  const known = ADMONITION_TYPES.find((type) => type === lower);
  if (known) return { type: known, known: true };
  const nearest = [...ADMONITION_TYPES].sort((a, b) => distance(lower, a) - distance(lower, b))[0];
  return { type: FALLBACK_ADMONITION, known: false, nearest };
}

/** The Dutch warning for an unknown admonition keyword. */
export function unknownAdmonitionMessage(keyword: string): string {
  const { nearest } = admonitionFor(keyword);
  return `Het kader :::${keyword} bestaat niet; de site toont het als :::${FALLBACK_ADMONITION} met de titel "${keyword}". Bedoel je :::${nearest ?? FALLBACK_ADMONITION}? Bekende kaders: ${ADMONITION_TYPES.map((type) => `:::${type}`).join(', ')}.`;
}
