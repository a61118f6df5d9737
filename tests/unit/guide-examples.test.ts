/**
 * The guide "Een blog schrijven": a quick start of at most 600 words at the
 * top, one command per step, and every marked example valid content
 * (checked here; built in tests/browser/author-path.spec.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';
import { guideExamples, placeGuideExamples } from '../support/guide-examples';

const ROOT = path.resolve(__dirname, '../..');
const GUIDE = path.join(ROOT, 'docs/bijdragen/een-blog-schrijven.md');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** The text of a `## ` section, up to the next one. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const next = text.indexOf('\n## ', start + 4);
  return text.slice(start, next === -1 ? undefined : next);
}

describe('the guide', () => {
  const text = fs.readFileSync(GUIDE, 'utf8');

  it('opens with a quick start of at most 600 words, before any other section', () => {
    const quickStart = section(text, 'Snel aan de slag');
    expect(text.indexOf('\n## ')).toBe(text.indexOf('\n## Snel aan de slag'));
    const words = quickStart.split(/\s+/).filter(Boolean).length;
    expect(words).toBeLessThanOrEqual(600);
    // Steps 1 to 8 each have one command; step 9 is the editors' part.
    const steps = quickStart.split(/\n\d+\. /).slice(1);
    expect(steps.length).toBe(9);
    for (const step of steps.slice(0, 8)) {
      expect(step.match(/```bash\n *[^\n]+\n *```/g)?.length, step.slice(0, 40)).toBe(1);
    }
    expect(quickStart).toContain('npm run new-post');
    expect(quickStart).toContain('npm run check:content');
    expect(quickStart).toContain('npm run preview');
  });

  it('shows both registry formats and a whole post as marked examples', () => {
    const kinds = guideExamples(path.dirname(GUIDE)).map((example) => example.kind);
    expect(new Set(kinds)).toEqual(
      new Set(['voorbeeld-artikel', 'voorbeeld-auteurs', 'voorbeeld-tags']),
    );
  });

  it('never links an example to a draft', () => {
    for (const match of text.matchAll(/\]\(([^)]+\.mdx?)\)/g)) {
      expect(match[1]).not.toContain('nederlandse-digitaliseringsstrategie');
    }
  });

  it('every marked example passes the content check in a copy of the site', async () => {
    const examples = guideExamples(path.join(ROOT, 'docs/bijdragen'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-examples-'));
    made.push(dir);
    fs.cpSync(path.join(ROOT, 'blog'), path.join(dir, 'blog'), { recursive: true });
    placeGuideExamples(dir, examples);
    const { problems } = await checkContent({ rootDir: dir });
    const exampleFiles = new Set(examples.map((example) => example.file));
    expect(
      problems.filter((found) => exampleFiles.has(found.file) || found.severity === 'fout'),
    ).toEqual([]);
  });
});
