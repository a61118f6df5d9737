import { problem, type Problem } from '../rules';
import type { ContentFile } from '../site';
import { readPostPath } from '../../../src/mdx/rules';
import { formatDate, isRealDate, parseDateText, todayInAmsterdam } from './dates';

/** Title, and for posts: path, dates and the truncate marker. */
export function checkPost(file: ContentFile, now: Date): Problem[] {
  const problems: Problem[] = [];
  const { data, locations, raw } = file.frontMatter;

  const title = data.title;
  const frontMatterRead = !file.frontMatterError;
  if (
    frontMatterRead &&
    !(typeof title === 'string' && title.trim() !== '') &&
    !file.contentTitle?.trim()
  ) {
    problems.push(
      problem(
        'titel-ontbreekt',
        file.file,
        { line: 1, column: 1 },
        'Er is geen titel. Zet title: … in de frontmatter of begin de tekst met een kop: # Titel van het artikel.',
      ),
    );
  }
  if (file.kind !== 'blog') {
    return problems;
  }

  const postPath = readPostPath(file.contentPath);
  let pathDate: { year: number; month: number; day: number } | undefined;
  if (!postPath) {
    problems.push(
      problem(
        'bestandsnaam',
        file.file,
        { line: 1, column: 1 },
        `Een artikel hoort op de plek blog/JJJJ/MM/DD-korte-titel.md (of .mdx) te staan, met alleen kleine letters, cijfers en streepjes in de korte titel, bijvoorbeeld blog/2025/07/15-nederlandse-digitaliseringsstrategie.md. Een concept mag ook in blog/draft/korte-titel.md.`,
      ),
    );
  } else if (postPath.kind === 'dated') {
    const match = ['', postPath.year, postPath.month, postPath.day];
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isRealDate(year, month, day)) {
      pathDate = { year, month, day };
    } else {
      problems.push(
        problem(
          'datum-ongeldig',
          file.file,
          { line: 1, column: 1 },
          `De datum in het pad (${match[1]}-${match[2]}-${match[3]}) bestaat niet. Het pad is blog/JJJJ/MM/DD-korte-titel.md.`,
        ),
      );
    }
  }

  const dateLocation = locations.get('date')?.value;
  const dateText =
    typeof data.date === 'string' || data.date instanceof Date
      ? (raw.date?.replace(/^['"]|['"]$/g, '') ?? '')
      : '';
  const frontMatterDate = dateText ? parseDateText(dateText) : undefined;
  if (frontMatterDate && pathDate && formatDate(frontMatterDate) !== formatDate(pathDate)) {
    problems.push(
      problem(
        'datum-verschilt',
        file.file,
        dateLocation,
        `De date (${formatDate(frontMatterDate)}) valt op een andere dag dan de datum in het pad (${formatDate(pathDate)}). De site toont de date maar het webadres volgt het pad: maak ze gelijk.`,
      ),
    );
  }

  if (!file.draft) {
    const today = todayInAmsterdam(now);
    const future = frontMatterDate
      ? frontMatterDate.hasTime
        ? frontMatterDate.instant.getTime() > now.getTime()
        : formatDate(frontMatterDate) > today
      : pathDate !== undefined && formatDate(pathDate) > today;
    if (future) {
      const shown = frontMatterDate ? dateText : formatDate(pathDate!);
      problems.push(
        problem(
          'datum-toekomst',
          file.file,
          frontMatterDate ? dateLocation : { line: 1, column: 1 },
          `De publicatiedatum ${shown} ligt in de toekomst. Zet draft: true in de frontmatter tot het artikel verschijnt, of kies de datum van vandaag (${today}).`,
        ),
      );
    }
  }

  if (!file.hasTruncateMarker) {
    problems.push(
      problem(
        'truncate-ontbreekt',
        file.file,
        { line: file.frontMatter.bodyLine, column: 1 },
        'Er staat geen <!-- truncate --> in het artikel. Zet die regel na de inleiding: het overzicht toont dan alleen de inleiding.',
      ),
    );
  }
  return problems;
}
