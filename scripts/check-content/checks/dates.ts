/** A calendar date, checked to exist (no 30 February). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** The moment it denotes (midnight UTC when no time was given). */
  instant: Date;
  hasTime: boolean;
}

const DATE_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when year-month-day is a real date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Parses `JJJJ-MM-DD` with an optional time; undefined when impossible. */
export function parseDateText(text: string): CalendarDate | undefined {
  const match = DATE_TEXT.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) {
    return undefined;
  }
  const hasTime = match[4] !== undefined;
  if (hasTime && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)) {
    return undefined;
  }
  const iso = hasTime
    ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}${normalizeZone(match[7])}`
    : `${match[1]}-${match[2]}-${match[3]}T00:00:00Z`;
  return { year, month, day, instant: new Date(iso), hasTime };
}

function normalizeZone(zone: string | undefined): string {
  if (!zone) {
    return 'Z';
  }
  return zone === 'Z' ? zone : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
}

/** Today's date in the Netherlands as `JJJJ-MM-DD`. */
export function todayInAmsterdam(now: Date): string {
  amsterdamDate ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return amsterdamDate.format(now);
}

let amsterdamDate: Intl.DateTimeFormat | undefined;

/** `JJJJ-MM-DD` of a calendar date. */
export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
