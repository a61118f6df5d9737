export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading level from `2`, `"2"` or `"level-2"`; undefined when invalid. */
export function toLevel(value: unknown): HeadingLevel | undefined {
  const level = Number(typeof value === 'string' ? value.replace(/^level-/, '') : value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as HeadingLevel) : undefined;
}
