/**
 * `npm run check:content [-- bestand …]`: checks every post and kennisbank
 * page, prints each problem as `path:line:column  fout|waarschuwing  rule-id
 * bericht` (plus GitHub annotations when GITHUB_ACTIONS=true) and a summary.
 * Exits 1 when there is any error, 2 when the check itself fails.
 */
import path from 'node:path';

import { checkContent, formatAnnotation, formatProblem, formatSummary } from './index';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'Gebruik: npm run check:content [-- bestand.md …]\n' +
        'Controleert alle artikelen in blog/ en pagina’s in docs/. Met bestanden erbij\n' +
        'toont de check alleen de problemen in die bestanden (de rest telt mee voor links).\n' +
        '--geen-cache: lees alles opnieuw in plaats van ongewijzigde bestanden over te slaan.',
    );
    return 0;
  }
  const only = argv.filter((argument) => !argument.startsWith('-'));
  const { problems, filesChecked } = await checkContent({
    only: only.length > 0 ? only : undefined,
    // Parse results of unchanged files are reused; --geen-cache parses everything.
    cacheDir: argv.includes('--geen-cache')
      ? false
      : path.join(process.cwd(), 'node_modules', '.cache', 'check-content'),
  });
  const annotate = process.env.GITHUB_ACTIONS === 'true';
  for (const found of problems) {
    console.log(formatProblem(found));
    if (annotate) {
      console.log(formatAnnotation(found));
    }
  }
  if (problems.length > 0) {
    console.log('');
  }
  console.log(formatSummary(problems, filesChecked));
  return problems.some((found) => found.severity === 'fout') ? 1 : 0;
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
