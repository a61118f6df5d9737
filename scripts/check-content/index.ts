/**
 * `checkContent`: checks every blog post and kennisbank page of a site and
 * returns the problems found, each with file, line, column, severity, rule
 * and a Dutch message. Never throws on bad content: a file that cannot be
 * read or parsed is itself a problem.
 */
import path from 'node:path';

import { checkFrontMatter } from './checks/frontmatter';
import { checkImages, type ImageCache } from './checks/images';
import { checkLinks } from './checks/links';
import { checkPost } from './checks/post';
import { checkRegistries } from './checks/registry';
import { problem, type Problem } from './rules';
import { analyzeAll } from './runner';
import {
  buildSiteIndex,
  DEFAULT_LAYOUT,
  discoverFiles,
  type SiteIndex,
  type SiteLayout,
} from './site';

export { RULES, RULE_IDS, type Problem, type RuleId, type Severity } from './rules';
export { formatProblem, formatAnnotation, formatSummary } from './report';

export interface CheckOptions extends Partial<Omit<SiteLayout, 'rootDir'>> {
  /** Site root; defaults to the current directory. */
  rootDir?: string;
  /** "Now", for the future-date rule; defaults to the current time. */
  now?: Date;
  /** Only report problems in these files (relative to rootDir). */
  only?: readonly string[];
  /** Worker threads for parsing (default: one per core for large sites). */
  workers?: number;
  /** Cache directory for parse results (default: no cache). */
  cacheDir?: string | false;
}

export interface CheckResult {
  problems: Problem[];
  /** Number of posts and pages checked. */
  filesChecked: number;
}

function duplicateUrls(index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const [route, files] of index.contentRoutes) {
    for (const duplicate of files.slice(1)) {
      problems.push(
        problem(
          'url-dubbel',
          duplicate.file,
          duplicate.frontMatter.locations.get('slug')?.value ?? { line: 1, column: 1 },
          `Dit bestand krijgt hetzelfde webadres (${route}) als ${files[0].file}. Geef een van beide een andere naam${duplicate.frontMatter.data.slug !== undefined ? ' of een andere slug' : ''}.`,
        ),
      );
    }
  }
  return problems;
}

function compare(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule)
  );
}

/** Checks the content of a site; see CheckOptions. */
export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  const {
    rootDir = process.cwd(),
    now = new Date(),
    only,
    workers,
    cacheDir,
    ...layoutOptions
  } = options;
  const layout: SiteLayout = {
    ...DEFAULT_LAYOUT,
    ...Object.fromEntries(Object.entries(layoutOptions).filter(([, value]) => value !== undefined)),
    rootDir: path.resolve(rootDir),
  };
  if (layoutOptions.blogDir && !layoutOptions.authorsFile) {
    layout.authorsFile = `${layoutOptions.blogDir}/authors.yml`;
  }
  if (layoutOptions.blogDir && !layoutOptions.tagsFile) {
    layout.tagsFile = `${layoutOptions.blogDir}/tags.yml`;
  }
  const analyses = await analyzeAll(discoverFiles(layout), { workers, cacheDir });
  const index = buildSiteIndex(layout, analyses);
  const imageCache: ImageCache = new Map();
  const problems: Problem[] = [
    ...index.authors.problems,
    ...index.tags.problems,
    ...checkRegistries(layout.rootDir, layout),
  ];
  problems.push(...duplicateUrls(index));
  const imageChecks: Array<Promise<Problem[]>> = [];
  for (const file of index.files) {
    problems.push(...checkFrontMatter(file, index));
    problems.push(...checkPost(file, now));
    problems.push(...file.problems);
    problems.push(...checkLinks(file, index));
    imageChecks.push(checkImages(file, index, imageCache));
  }
  for (const found of await Promise.all(imageChecks)) {
    problems.push(...found);
  }
  const wanted = only
    ? new Set(only.map((file) => path.posix.normalize(file.split(path.sep).join('/'))))
    : undefined;
  return {
    problems: problems.filter((found) => !wanted || wanted.has(found.file)).sort(compare),
    filesChecked: index.files.length,
  };
}
