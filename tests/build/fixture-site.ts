import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers';

/** Fixture posts placed in the temporary copy of the site. */
export const FIXTURE_POSTS = path.join(ROOT, 'tests', 'fixtures', 'site-posts');
/** Where the fixture posts go in the copy (a past date, so they are published). */
export const FIXTURE_POST_DIR = 'blog/2020/01';

export interface FixtureSite {
  dir: string;
  /** The production build (drafts left out). */
  build: string;
  /** The preview build (`BLOG_PREVIEW=true`: drafts in, with their banner). */
  preview: string;
  /** What the production `docusaurus build` printed (stdout and stderr). */
  log: string;
}

/**
 * Copies the site (every file git knows or would add) to a new temporary
 * folder with `node_modules` linked in, and returns the folder.
 */
export function copySite(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const rel of files) {
    const target = path.join(dir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      copyFileSync(path.join(ROOT, rel), target);
    } catch {
      // A file git lists as deleted in the working tree: nothing to copy.
    }
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/**
 * Copies the site (every file git knows or would add) to a temporary folder,
 * adds the fixture posts, and builds it there twice, as `npm run build` and
 * `npm run build:preview` do: the repository itself is never changed by a
 * test. The copy has no `.git`, like the output of `git archive` or a release
 * tarball: the build dates pages by their files instead of by git
 * (plugins/lib/vcs.ts), and the tests check that too. The second build reuses
 * the first one's persistent cache (node_modules/.cache), so it costs a
 * fraction of the first.
 */
export async function buildFixtureSite(
  extra?: (dir: string) => void | Promise<void>,
): Promise<FixtureSite> {
  const dir = copySite('blog-fixture-');
  const postDir = path.join(dir, FIXTURE_POST_DIR);
  mkdirSync(postDir, { recursive: true });
  for (const name of readdirSync(FIXTURE_POSTS)) {
    copyFileSync(path.join(FIXTURE_POSTS, name), path.join(postDir, name));
  }
  await extra?.(dir);
  const build = path.join(dir, 'build');
  const preview = path.join(dir, 'build-preview');
  let log = '';
  for (const [outDir, previewFlag] of [
    [build, ''],
    [preview, 'true'],
  ]) {
    const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The hostile fixtures fail the content check on purpose; the build's own
      // defences are what these tests are about (plugins/content-check).
      env: { ...process.env, BLOG_PREVIEW: previewFlag, BLOG_TEST_UNCHECKED_CONTENT: '1' },
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    process.stdout.write(output);
    if (result.status !== 0) {
      throw new Error(
        `docusaurus build of the fixture site failed (${result.status ?? result.signal})`,
      );
    }
    if (outDir === build) log = output;
  }
  return { dir, build, preview, log };
}
