/**
 * Groups blog posts by year and month for the archive page, newest first, and
 * formats their dates in Dutch. Pure functions, unit-tested in
 * tests/unit/reader-pages.test.ts.
 *
 * Post dates are calendar dates (the `JJJJ/MM/DD` of the file name): Docusaurus
 * stores them as midnight UTC, so everything here reads them in UTC.
 */
import { formatDate } from '../../lib/format';

/** What the archive needs of a post. */
export interface ArchivePost {
  title: string;
  permalink: string;
  /** An ISO date or date-time (the props carry the date as a JSON string). */
  date: string | Date;
  draft: boolean;
}

export interface ArchiveMonth {
  /** 1–12. */
  month: number;
  /** Dutch month name, lower case, as Dutch writes it: "juli". */
  name: string;
  /** Stable id for the month heading: "2025-07". */
  id: string;
  posts: ArchiveEntry[];
}

export interface ArchiveYear {
  year: number;
  /** Stable id for the year heading: "jaar-2025". */
  id: string;
  months: ArchiveMonth[];
}

export interface ArchiveEntry extends ArchivePost {
  /** `YYYY-MM-DD`, for `<time dateTime>`. */
  isoDate: string;
  /** "15 juli 2025". */
  label: string;
}

const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' });

/** "15 juli 2025" for a post date. */
export function formatPostDate(date: string | Date): string {
  return formatDate(date);
}

/** "juli" for a month number (1–12). */
export function monthName(month: number): string {
  return MONTH.format(new Date(Date.UTC(2000, month - 1, 1)));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Posts by year, then by month, newest year, month and post first. */
export function groupArchive(posts: readonly ArchivePost[]): ArchiveYear[] {
  const entries = posts
    .map((post) => ({ post, time: new Date(post.date).getTime() }))
    .filter(({ time }) => !Number.isNaN(time))
    // Newest first; equal dates keep the order they came in.
    .sort((a, b) => b.time - a.time);

  const years: ArchiveYear[] = [];
  for (const { post, time } of entries) {
    const date = new Date(time);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    let yearGroup = years[years.length - 1];
    if (yearGroup?.year !== year) {
      yearGroup = { year, id: `jaar-${year}`, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months[yearGroup.months.length - 1];
    if (monthGroup?.month !== month) {
      monthGroup = { month, name: monthName(month), id: `${year}-${pad(month)}`, posts: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.posts.push({
      ...post,
      isoDate: `${year}-${pad(month)}-${pad(date.getUTCDate())}`,
      label: formatPostDate(date),
    });
  }
  return years;
}
