/**
 * The examples in the contributor guide (docs/bijdragen) that are marked as
 * content: a fenced block whose info string names `voorbeeld-artikel` (a
 * whole post), `voorbeeld-auteurs` (an entry of blog/authors.yml) or
 * `voorbeeld-tags` (an entry of blog/tags.yml), with the file it belongs in
 * as `title="…"`. Tests put them into a copy of the site, check and build
 * it, so no example in the guide can break.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ExampleKind = 'voorbeeld-artikel' | 'voorbeeld-auteurs' | 'voorbeeld-tags';

export interface GuideExample {
  kind: ExampleKind;
  /** Where it goes, relative to the site root. */
  file: string;
  text: string;
  /** Where it stands in the guide, for messages. */
  source: string;
}

const FENCE = /^(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)\n\1[ \t]*$/gm;

/** Every marked example of the guide pages in docsDir. */
export function guideExamples(docsDir: string): GuideExample[] {
  const examples: GuideExample[] = [];
  for (const name of readdirSync(docsDir).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const text = readFileSync(path.join(docsDir, name), 'utf8');
    for (const match of text.matchAll(FENCE)) {
      const info = match[2];
      const kind = /\b(voorbeeld-artikel|voorbeeld-auteurs|voorbeeld-tags)\b/.exec(info)?.[1];
      if (!kind) continue;
      const file = /title="([^"]+)"/.exec(info)?.[1];
      const line = text.slice(0, match.index).split('\n').length;
      if (!file) throw new Error(`${name}:${line}: a marked example needs title="file"`);
      examples.push({
        kind: kind as ExampleKind,
        file,
        text: `${match[3]}\n`,
        source: `${name}:${line}`,
      });
    }
  }
  return examples;
}

/** Writes the examples into a site: posts as files, registry entries appended. */
export function placeGuideExamples(siteDir: string, examples: readonly GuideExample[]): void {
  for (const example of examples) {
    const target = path.join(siteDir, example.file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (example.kind === 'voorbeeld-artikel') {
      writeFileSync(target, example.text);
    } else {
      const current = readFileSync(target, 'utf8');
      appendFileSync(target, `${current.endsWith('\n') ? '' : '\n'}${example.text}`);
    }
  }
}
