/**
 * The content rules, before Docusaurus reads a single post: `npm run build`,
 * `npm run build:preview` and `npm start` first run `npm run check:content`
 * (scripts/check-content), which inside a git checkout reports the files
 * changed against main and outside one every file, drafts included.
 *
 * - A build stops at a fout with the checker's own Dutch `file:line:col`
 *   lines and one closing line, and no stack trace: Docusaurus prints any
 *   error thrown from a plugin with its full causal chain and stack
 *   (bin/docusaurus.mjs, handleError), so the build ends the process itself.
 * - `npm start` shows the same lines and keeps running, so the author can
 *   fix the file with the page open; after each saved post or page the
 *   check runs again (getPathsToWatch / loadContent).
 *
 * - Docusaurus' own messages lose their advice to switch a check off
 *   (./no-switch-off-advice.ts).
 *
 * It runs in the plugin's initialisation, which Docusaurus awaits for every
 * plugin before any plugin loads content: the checker's words come before
 * the bundler's. The checker runs as its own process (its worker threads and
 * ES modules stay out of the config loader).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { filterSwitchOffAdvice } from './no-switch-off-advice';

export interface ContentCheckOptions {
  /** Folders with posts and pages, relative to the site, for `npm start` to watch. */
  contentDirs: string[];
}

/** Runs the checker in siteDir; resolves with its exit code (output goes to the terminal). */
export function runContentCheck(siteDir: string, args: readonly string[] = []): Promise<number> {
  const tsx = createRequire(path.join(siteDir, 'package.json')).resolve('tsx/cli');
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [tsx, path.join(siteDir, 'scripts/check-content/cli.ts'), ...args],
      { cwd: siteDir, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', () => resolve(2));
    child.once('exit', (code) => resolve(code ?? 2));
  });
}

const BUILD_STOPPED =
  'De build is gestopt: los de fouten hierboven op (bestand:regel:kolom) en bouw opnieuw. ' +
  'De handleiding Bijdragen › Controles legt elke regel uit.';

export default async function contentCheckPlugin(
  context: LoadContext,
  options: ContentCheckOptions,
): Promise<Plugin> {
  const development = process.env.NODE_ENV === 'development';
  // Only for the two commands that read the content (not serve, clear, swizzle …).
  const command = process.argv[2];
  if (command === 'build' || command === 'start') filterSwitchOffAdvice();
  // BLOG_TEST_UNCHECKED_CONTENT: only for the build tests, whose fixture site
  // is deliberately hostile (tests/build/hostile-content.ts) to test the
  // build's own defences, and whose corpus (tests/build/corpus.ts) compares the
  // checker with the bundler's own verdict. No message names it.
  if ((command !== 'build' && command !== 'start') || process.env.BLOG_TEST_UNCHECKED_CONTENT) {
    return { name: 'content-check' };
  }
  console.log('Inhoud controleren (npm run check:content):');
  const code = await runContentCheck(context.siteDir);
  if (code !== 0 && !development) {
    console.error(`\n${BUILD_STOPPED}`);
    // Ends the build here, before the bundler, without a stack trace (see above).
    process.exit(1);
  }
  let first = true;
  return {
    name: 'content-check',
    getPathsToWatch() {
      return development
        ? options.contentDirs.map((directory) =>
            path.join(context.siteDir, directory, '**/*.{md,mdx,yml}'),
          )
        : [];
    },
    async loadContent() {
      // The first load follows the check above; later ones follow a saved file.
      if (development && !first) await runContentCheck(context.siteDir);
      first = false;
    },
  };
}
