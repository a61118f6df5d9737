/**
 * How the blog writes dates, reading times and counts, in Dutch. Plain
 * functions without React or Docusaurus: the theme uses them in the browser,
 * plugins/blog in Node (the date on a generated social card).
 */

const DATE_FORMAT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * `15 juli 2025`; an empty string for something that is not a date. In UTC,
 * as Docusaurus does in the post header: post dates are calendar dates,
 * stored as midnight UTC.
 */
export function formatDate(date: Date | string): string {
  const value = new Date(date);
  return Number.isNaN(value.getTime()) ? '' : DATE_FORMAT.format(value);
}

/**
 * Reading time in whole minutes as readers see it: rounded up, as the post
 * header does, and at least one minute.
 */
export function roundedReadingTime(minutes: number): number {
  return Math.max(1, Math.ceil(minutes));
}

/** `5 min leestijd`, rounded up, at least one minute. */
export function formatReadingTime(minutes: number): string {
  return `${roundedReadingTime(minutes)} min leestijd`;
}

/** `1 artikel`, `3 artikelen`: the wording every list of posts uses. */
export function formatPostCount(count: number): string {
  return `${count} ${count === 1 ? 'artikel' : 'artikelen'}`;
}
