/**
 * Simple front matter is read line by line (scripts/check-content/simple-yaml.ts)
 * instead of through `yaml`'s document parser: that may never change what the
 * check reads. Compared here on every post, page and fixture, on a synthetic
 * corpus, and on cases at the edge of what counts as simple.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseFrontMatter } from '../../scripts/check-content/parse';
import { simpleLocations } from '../../scripts/check-content/simple-yaml';
import { CONTENT_FILES, ROOT, syntheticPosts } from '../support/content-files';

function same(source: string): void {
  expect(parseFrontMatter(source, true)).toEqual(parseFrontMatter(source, false));
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

describe('simple front matter', () => {
  it.each(CONTENT_FILES)('%s: same as yaml', (file) => {
    same(fs.readFileSync(path.join(ROOT, file), 'utf8'));
  });

  it('synthetic corpus: same as yaml', () => {
    let simple = 0;
    for (const { source: text } of syntheticPosts(300)) {
      same(text);
      const yamlText = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      if (simpleLocations(yamlText, 2)) simple += 1;
    }
    // The fast path must actually be taken for ordinary posts.
    expect(simple).toBe(300);
  });

  it.each(CASES)('same as yaml: %s', (yaml) => {
    same(`---\n${yaml}\n---\n\nTekst.\n`);
  });

  it('leaves what it cannot read to yaml', () => {
    for (const yaml of ['title: x\ntitle: y', 'title: Over\n  twee regels', 'title: |\n  blok']) {
      expect(simpleLocations(yaml, 2)).toBeUndefined();
    }
    expect(simpleLocations('title: Een titel\ntags: [a, b]', 2)).toBeDefined();
  });
});
