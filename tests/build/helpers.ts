import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUILD = path.join(ROOT, 'build');
export const PREVIEW = path.join(ROOT, 'build-preview');

/** Every file below a directory, as absolute paths. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** The text of a file of a build, by its path relative to the build. */
export function read(buildDir: string, rel: string): string {
  return readFileSync(path.join(buildDir, rel), 'utf8');
}

const TEXT = /\.(html|js|css|xml|json|txt|svg|webmanifest)$/;

/** Text files of a build. */
export function textFiles(buildDir: string): string[] {
  return walk(buildDir).filter((f) => TEXT.test(f));
}
