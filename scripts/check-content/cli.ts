/**
 * `npm run check:content [-- bestand …]`: checks every post and kennisbank
 * page, prints each problem as `path:line:column  fout|waarschuwing  rule-id
 * bericht` (plus GitHub annotations when GITHUB_ACTIONS=true) and a summary.
 * Inside a git checkout it reports the files changed against the main
 * branch (scope.ts) and sums up the rest in one line; `--alle` reports
 * everything, named files only those. Exits 1 when a reported file has an
 * error, 2 when the check itself fails.
 */
import path from 'node:path';

import {
  checkContent,
  formatAnnotation,
  formatProblem,
  formatSummary,
  type Problem,
} from './index';
import { changedScope, filesInScope } from './scope';
import { DEFAULT_LAYOUT, discoverFiles } from './site';

const HELP =
  'Gebruik: npm run check:content [-- --alle | bestand.md …]\n' +
  'Zonder opties: in een git-checkout de bestanden die je hebt gewijzigd ten opzichte van\n' +
  'de hoofdtak (main), met één regel over de rest; anders alles.\n' +
  '--alle: alle artikelen in blog/ en pagina’s in docs/, met alle problemen.\n' +
  'bestand.md …: alleen de problemen in die bestanden (de rest telt mee voor links).\n' +
  '--geen-cache: lees alles opnieuw in plaats van ongewijzigde bestanden over te slaan.';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function normalize(file: string): string {
  return path.posix.normalize(file.split(path.sep).join('/')).replace(/^\.\//, '');
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const rootDir = process.cwd();
  const named = argv.filter((argument) => !argument.startsWith('-')).map(normalize);
  const { problems, filesChecked } = await checkContent({
    // Parse results of unchanged files are reused; --geen-cache parses everything.
    cacheDir: argv.includes('--geen-cache')
      ? false
      : path.join(rootDir, 'node_modules', '.cache', 'check-content'),
  });
  const scope = named.length > 0 || argv.includes('--alle') ? undefined : changedScope(rootDir);
  let shown: Problem[] = problems;
  let shownCount = filesChecked;
  let rest: string | undefined;
  if (named.length > 0) {
    const wanted = new Set(named);
    shown = problems.filter((found) => wanted.has(found.file));
    shownCount = wanted.size;
  } else if (scope) {
    const layout = { ...DEFAULT_LAYOUT, rootDir };
    const contentFiles = discoverFiles(layout).map((task) => task.file);
    const inScope = filesInScope(contentFiles, [layout.authorsFile, layout.tagsFile], scope.files);
    shown = problems.filter((found) => inScope.has(found.file));
    shownCount = inScope.size;
    const others = problems.filter((found) => !inScope.has(found.file));
    const otherErrors = others.filter((found) => found.severity === 'fout').length;
    const otherCount = contentFiles.filter((file) => !inScope.has(file)).length;
    rest =
      `Niet gewijzigd ten opzichte van ${scope.base}: ${plural(otherCount, 'bestand', 'bestanden')}, ` +
      `met ${plural(otherErrors, 'fout', 'fouten')} en ${plural(others.length - otherErrors, 'waarschuwing', 'waarschuwingen')}` +
      `${others.length > 0 ? ' (npm run check:content -- --alle toont ze)' : ''}.`;
    if (inScope.size === 0) {
      console.log(`Geen gewijzigde artikelen of pagina’s ten opzichte van ${scope.base}.`);
    }
  }
  const annotate = process.env.GITHUB_ACTIONS === 'true';
  for (const found of shown) {
    console.log(formatProblem(found));
    if (annotate) {
      console.log(formatAnnotation(found));
    }
  }
  if (shown.length > 0) {
    console.log('');
  }
  if (scope && shownCount > 0) {
    console.log(`Gewijzigd ten opzichte van ${scope.base}: ${formatSummary(shown, shownCount)}`);
  } else if (!scope) {
    console.log(formatSummary(shown, shownCount));
  }
  if (rest) console.log(rest);
  return shown.some((found) => found.severity === 'fout') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in the check itself, not in the content: say so without a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`De controle zelf liep vast: ${reason}. Meld dit aan de redactie.`);
    process.exitCode = 2;
  },
);
