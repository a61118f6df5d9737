/**
 * Front matter: the checker's verdict and values are Docusaurus' own
 * (src/mdx/front-matter.ts); `yaml` only says where keys are. Compared here on
 * every post, page and fixture, on a synthetic corpus, and on cases at the
 * edge of YAML, including what js-yaml reads and `yaml` does not.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parseFileContentFrontMatter } from '@docusaurus/utils/lib/markdownUtils';
import { describe, expect, it } from 'vitest';

import { parseFrontMatter } from '../../scripts/check-content/parse';
import { CONTENT_FILES, ROOT, syntheticPosts } from '../support/content-files';

/** What Docusaurus makes of a file: its values, or undefined when it refuses it. */
function docusaurus(source: string): Record<string, unknown> | undefined {
  try {
    return parseFileContentFrontMatter(source).frontMatter;
  } catch {
    return undefined;
  }
}

function same(source: string): void {
  const { frontMatter, error } = parseFrontMatter(source);
  const expected = docusaurus(source);
  if (expected === undefined) {
    expect(error).toBeDefined();
  } else if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(error).toBeUndefined();
    expect(frontMatter.data).toEqual(expected);
  }
}

const CASES = [
  'title: Een titel\ndescription: "Met: een dubbele punt"\nauthors: [tom-ootes, digilab]\ntags: [api]',
  "title: 'Enkel'\ndate: 2025-01-02\ndraft: true\nimage: ./img/a.png",
  'title: Lijst\ntags:\n  - api\n  - haven\nauthors:\n- digilab',
  'title: Getal\nsidebar_position: 3\nslug: /pad/naar',
  'title: x\ntitle: y',
  'title: Met # commentaar',
  'title: "Met \\" escape"',
  'title: Over\n  twee regels',
  'tags: []\ntitle: Leeg',
  'tags: [ api ,  haven ]',
  'title:',
  'title: -5\nnummer: -a: b',
  'authors:\n  - name: Iemand\n    title: Functie',
  'tags:\n  - api\n   - haven',
  'title: a: b',
  'key: [a, [b]]',
  '# alleen commentaar',
  '- lijst\n- zonder sleutel',
  'title: &anker waarde',
  'title: |\n  blok',
  'tags:\n\t- api',
  'title:\tTab',
  'title: Spaties aan het eind   ',
  'title: "Aanhalingstekens" en meer',
  'title: Een titel\r\ntags: [api]\r',
];

describe('front matter as Docusaurus reads it', () => {
  it.each(CONTENT_FILES)('%s: same values and verdict as Docusaurus', (file) => {
    same(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  it('synthetic corpus: same values and verdict as Docusaurus', () => {
    for (const { source: text } of syntheticPosts(100)) same(text);
  });

  it.each(CASES)('same as Docusaurus: %s', (yaml) => {
    same(`---\n${yaml}\n---\n\nTekst.\n`);
  });

  it('accepts a folded line indented less than the first, as js-yaml does, with positions', () => {
    const source =
      "---\ntitle: Titel\ndescription: 'Een beschrijving over twee regels,\nde tweede minder ver.'\nauthors: [tom-ootes]\n---\n\nTekst.\n";
    const { frontMatter, error } = parseFrontMatter(source);
    expect(error).toBeUndefined();
    expect(frontMatter.data.description).toBe(
      'Een beschrijving over twee regels, de tweede minder ver.',
    );
    expect(frontMatter.locations.get('authors')?.key).toEqual({ line: 5, column: 1 });
  });

  it('points at the line of a real YAML error', () => {
    const { error } = parseFrontMatter('---\ntitle: "open\ntags: [api]\n---\n');
    expect(error?.message).toMatch(/geen geldige YAML/);
    expect(error?.position.line).toBe(2);
  });
});
