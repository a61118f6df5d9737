/**
 * Which code may load which (the import cycles themselves are checked by
 * `npm run check:cycles`): `src/` runs in the browser and takes only types
 * from `plugins/`, whose data reaches it through Docusaurus (metadata, route
 * modules); plugins run in Node and load nothing from `src/components/`
 * (shared helpers live in `src/lib/` and `src/mdx/`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js|cjs)$/.test(file))
    .map((file) => path.join(dir, file));
}

/** Every import or re-export with its module specifier, and whether it is type-only. */
function imports(file: string): { from: string; typeOnly: boolean }[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const found: { from: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(
    /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
  )) {
    found.push({ from: match[3], typeOnly: Boolean(match[2]) });
  }
  for (const match of text.matchAll(/\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ from: match[1], typeOnly: false });
  }
  return found;
}

/** The repository path an import names, for relative and `@site/` imports. */
function target(file: string, from: string): string | undefined {
  if (from.startsWith('@site/')) return from.slice('@site/'.length);
  if (from.startsWith('.'))
    return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), from));
  return undefined;
}

describe('layering', () => {
  it('src/ imports only types from plugins/', () => {
    const runtime = sources('src').flatMap((file) =>
      imports(file)
        .filter(({ from, typeOnly }) => !typeOnly && target(file, from)?.startsWith('plugins/'))
        .map(({ from }) => `${file}: ${from}`),
    );
    expect(runtime).toEqual([]);
  });

  it('plugins/ load nothing from src/components/', () => {
    const runtime = sources('plugins').flatMap((file) =>
      imports(file)
        .filter(
          ({ from, typeOnly }) => !typeOnly && target(file, from)?.startsWith('src/components/'),
        )
        .map(({ from }) => `${file}: ${from}`),
    );
    expect(runtime).toEqual([]);
  });

  it('finds the imports it checks', () => {
    // The checks above would pass on a parser that finds nothing.
    const theme = imports('src/theme/BlogPostPage/socialImage.ts');
    expect(theme).toContainEqual({ from: '@site/src/lib/post-extras', typeOnly: false });
    expect(imports('src/lib/post-extras.ts')).toContainEqual({
      from: '@site/plugins/blog/types',
      typeOnly: true,
    });
  });
});
