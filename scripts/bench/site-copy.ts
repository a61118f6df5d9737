/**
 * A throw-away copy of this site for the benchmarks that build it with
 * synthetic posts (`npm run bench`, `npm run bench:interaction -- --posts`).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { linkNodeModules } from './stock';

/** Not needed to build the site. */
const NOT_COPIED = /^(tests|\.github|\.ci)\//;

/**
 * Copies the site at `root` (every file git knows or would add, without
 * tests/ and CI) into `dir`, emptied first, with a `node_modules/` of
 * symlinks and no caches.
 */
export function copySite(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((rel) => rel && !NOT_COPIED.test(rel));
  for (const rel of files) {
    const source = path.join(root, rel);
    if (!existsSync(source)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(source, path.join(dir, rel));
  }
  linkNodeModules(dir, path.join(root, 'node_modules'));
}

/** Makes `dir` a git repository with one commit (Docusaurus reads last-update dates from git). */
export function commitAll(dir: string): void {
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-qm', 'bench');
}
