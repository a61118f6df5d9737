import { execFileSync } from 'node:child_process';
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
}

/**
 * Copies the site (every file git knows or would add) to a temporary folder,
 * adds the fixture posts, and builds it there twice, as `npm run build` and
 * `npm run build:preview` do: the repository itself is never changed by a
 * test. The copy is made a git repository because Docusaurus reads
 * last-update dates from git. The second build reuses the first one's
 * persistent cache (node_modules/.cache), so it costs a fraction of the first.
 */
export async function buildFixtureSite(
  extra?: (dir: string) => void | Promise<void>,
): Promise<FixtureSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-fixture-'));
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
  const postDir = path.join(dir, FIXTURE_POST_DIR);
  mkdirSync(postDir, { recursive: true });
  for (const name of readdirSync(FIXTURE_POSTS)) {
    copyFileSync(path.join(FIXTURE_POSTS, name), path.join(postDir, name));
  }
  await extra?.(dir);
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'fixture');
  const build = path.join(dir, 'build');
  const preview = path.join(dir, 'build-preview');
  for (const [outDir, previewFlag] of [
    [build, ''],
    [preview, 'true'],
  ]) {
    execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, BLOG_PREVIEW: previewFlag },
    });
  }
  return { dir, build, preview };
}
