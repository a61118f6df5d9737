/**
 * `npx tsx scripts/unused-css.ts [css files…]`: the selectors of our own
 * stylesheets that match no element of any built page, to find CSS left
 * behind for components that were replaced. Not part of `npm test`; build
 * first (`npm run build` and `npm run build:preview`).
 *
 * Every selector of every rule (default: src/css/custom.css and
 * src/css/print.css) is matched with cheerio against the HTML of build/ and
 * build-preview/. States that only exist at run time are taken as present:
 * user-action pseudo-classes (`:hover`, `:focus-visible`, …) and
 * pseudo-elements are left out of the selector before matching, and the
 * rules under `@media print` are matched like the others. A selector that
 * still matches nothing is reported as
 * - "dead": none of its class names occurs in the JavaScript either, so
 *   nothing can add it at run time;
 * - "runtime only?": its class names occur in the JavaScript (the mobile
 *   menu, the search popup and the like are rendered by React in the
 *   browser), so check it by hand.
 * Exits 1 when a selector is dead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import postcss, { type Rule } from 'postcss';

const ROOT = path.resolve(__dirname, '..');
const BUILDS = ['build', 'build-preview'];
const DEFAULT_FILES = ['src/css/custom.css', 'src/css/print.css'];

/** Pseudo-classes and pseudo-elements of states a static page never has. */
const RUNTIME_PSEUDO =
  /::?(?:hover|focus-visible|focus-within|focus|active|visited|target|placeholder-shown|before|after|placeholder|selection|marker|-webkit-[\w-]+|-moz-[\w-]+)(?![\w-])/g;

/** The selector without its run-time states; `*` when nothing else is left. */
export function staticSelector(selector: string): string {
  const stripped = selector
    .replace(RUNTIME_PSEUDO, '')
    .replace(/:not\(\s*\)/g, '')
    .trim();
  if (stripped === '' || /[>+~]$/.test(stripped)) return `${stripped} *`.trim();
  return stripped;
}

/** Classes that come from what authors write, not from a component. */
const CONTENT_CLASS =
  /^(?:markdown|mdx-page|theme-admonition(?:-\w+)?|theme-code-block|table-scroll|mermaid-diagram(?:__\w+)?)$/;

/** Class names a selector needs. */
export function classNames(selector: string): string[] {
  return [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
}

function* files(dir: string, suffix: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full, suffix);
    else if (entry.name.endsWith(suffix)) yield full;
  }
}

interface Finding {
  file: string;
  line: number;
  selector: string;
  kind: 'dead' | 'runtime only?' | 'content';
}

function main(): void {
  const cssFiles = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES;
  const pages = BUILDS.flatMap((build) => [...files(path.join(ROOT, build), '.html')]).map((file) =>
    cheerio.load(readFileSync(file, 'utf8')),
  );
  const scripts = BUILDS.flatMap((build) => [
    ...files(path.join(ROOT, build, 'assets', 'js'), '.js'),
  ])
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const findings: Finding[] = [];
  let checked = 0;
  for (const file of cssFiles) {
    const root = postcss.parse(readFileSync(path.join(ROOT, file), 'utf8'), { from: file });
    root.walkRules((rule: Rule) => {
      // Keyframe steps (`from`, `50%`) are not selectors.
      if (
        rule.parent?.type === 'atrule' &&
        /keyframes$/.test((rule.parent as { name: string }).name)
      )
        return;
      for (const selector of rule.selectors) {
        checked += 1;
        const query = staticSelector(selector);
        let matched: boolean;
        try {
          matched = pages.some(($) => $(query).length > 0);
        } catch (error) {
          throw new Error(`${file}:${rule.source?.start?.line}: cannot match "${query}": ${error}`);
        }
        if (matched) continue;
        const names = classNames(query);
        const content =
          !/[#[]/.test(query) &&
          (names.length > 0
            ? names.every((name) => CONTENT_CLASS.test(name))
            : /^[a-z][a-z0-9]*$/.test(query));
        const inScripts = names.length > 0 && names.every((name) => scripts.includes(name));
        findings.push({
          file,
          line: rule.source?.start?.line ?? 0,
          selector,
          kind: content ? 'content' : inScripts ? 'runtime only?' : 'dead',
        });
      }
    });
  }
  for (const f of findings) console.log(`${f.kind.padEnd(14)} ${f.file}:${f.line}  ${f.selector}`);
  const count = (kind: Finding['kind']): number => findings.filter((f) => f.kind === kind).length;
  const dead = count('dead');
  console.log(
    `\n${checked} selectors checked against ${pages.length} pages of ${BUILDS.join(' and ')}: ` +
      `${dead} dead, ${count('runtime only?')} runtime only?, ${count('content')} content.`,
  );
  if (dead > 0) process.exitCode = 1;
}

if (require.main === module) main();
