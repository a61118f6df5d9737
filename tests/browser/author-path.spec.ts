/**
 * The author's path, end to end, as an author goes it with README and the
 * guide: in a fresh copy of the repository (no .git, like a download; the
 * installed node_modules linked in) with the guide's marked examples added
 * (tests/support/guide-examples.ts), `npm run new-post` with a new author
 * and a new tag, a body with an image, a link to a published post, code, a
 * table, an admonition and a component, `npm run check:content`, `npm run
 * build:preview` and the draft in Chromium under Caddy (Concept banner, tag
 * page, axe clean); a mistake in the draft stops `npm run build` with the
 * checker's words; then the post is published and `npm run build` makes it.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';

import { findCaddy, freePort, startCaddy, type RunningCaddy } from '../../scripts/serve/caddy';
import { defaultOutDir, generate } from '../../scripts/serve/generate';
import { expect, test } from '../support/fixtures';
import { guideExamples, placeGuideExamples } from '../support/guide-examples';
import { HAVEN, WCAG_TAGS } from '../support/site-content';

const ROOT = path.resolve(__dirname, '..', '..');
const POST_FILE = 'blog/2025/10/01-open-source-in-de-praktijk.md';
const POST_URL = '/blog/2025/10/01/open-source-in-de-praktijk';
const HAVEN_FILE =
  '31-haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector.md';

/** Every file git knows or would add, copied; node_modules linked. */
function freshCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'auteur-'));
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const rel of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(path.join(ROOT, rel))) continue;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(path.join(ROOT, rel), path.join(dir, rel));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** `npm run <script> -- args` in the copy, as an author types it. */
function npm(dir: string, script: string, ...args: string[]): { status: number; output: string } {
  const result = spawnSync('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No BLOG_TEST_UNCHECKED_CONTENT here: the author's build checks the content.
    env: { ...process.env, BLOG_TEST_UNCHECKED_CONTENT: '' },
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

const BODY = `
Open source is bij de overheid de norm. In dit artikel laten we zien hoe een team
dat in de praktijk aanpakt.

<!-- truncate -->

import { Blockquote } from '@rijkshuisstijl-community/components-react';

## De opzet

![Schema van de opzet: een repository, een pijplijn en een website](./img/schema.png)

Lees ook [het artikel over Haven](../../2024/12/${HAVEN_FILE}).

## Zo bouw je het

\`\`\`bash
npm ci
npm test
\`\`\`

| Stap | Wat | Duur |
| --- | --- | --- |
| 1 | Installeren | 1 minuut |
| 2 | Testen | 10 minuten |

:::tip[Goed om te weten]
Publiceer de code vanaf de eerste dag.
:::

<Blockquote caption="Een ontwikkelaar bij de overheid">
  Openbaar werken maakt de code beter.
</Blockquote>
`;

test.describe('the author path', () => {
  let dir = '';
  let caddy: RunningCaddy | undefined;

  test.afterAll(async () => {
    await caddy?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('new post with a new author and tag, checked, previewed, published', async ({ page }) => {
    test.setTimeout(20 * 60_000);
    dir = freshCopy();
    // The guide's marked examples (a post, an author, a tag), as an author copies them.
    const examples = guideExamples(path.join(dir, 'docs/bijdragen'));
    placeGuideExamples(dir, examples);

    // 1. The scaffold, with a new author and a new tag.
    const created = npm(
      dir,
      'new-post',
      '--title',
      'Open source in de praktijk',
      '--date',
      '2025-10-01',
      '--author',
      'an-de-vries',
      '--author-name',
      'An de Vries',
      '--author-title',
      'Ontwikkelaar - Gemeente Voorbeeld',
      '--tags',
      'toegankelijkheid,api',
      '--tag-label',
      'Toegankelijkheid',
      '--tag-description',
      'Websites en apps die iedereen kan gebruiken, ook met een beperking.',
      '--description',
      'Hoe een overheidsteam open source werkt: van de eerste commit tot een publieke website.',
      '--draft',
      '--yes',
    );
    expect(created.status, created.output).toBe(0);
    expect(created.output).toContain(`Geschreven: ${POST_FILE}`);
    expect(readFileSync(path.join(dir, 'blog/tags.yml'), 'utf8')).toContain(
      'toegankelijkheid:\n  label: Toegankelijkheid\n',
    );

    // 2. The body, an image beside the post.
    const postPath = path.join(dir, POST_FILE);
    const scaffold = readFileSync(postPath, 'utf8');
    const frontMatter = scaffold.slice(0, scaffold.indexOf('\n---\n') + 5);
    expect(frontMatter).toContain('draft: true');
    writeFileSync(postPath, frontMatter + BODY);
    mkdirSync(path.join(path.dirname(postPath), 'img'));
    await sharp({
      create: { width: 800, height: 400, channels: 3, background: '#154273' },
    })
      .png()
      .toFile(path.join(path.dirname(postPath), 'img/schema.png'));

    // 3. The check: nothing about the new post, the new author or the new tag.
    const checked = npm(dir, 'check:content');
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).not.toContain(POST_FILE);
    expect(checked.output).not.toMatch(/authors\.yml|tags\.yml/);

    // 4. The preview build, served as production serves it.
    const preview = npm(dir, 'build:preview');
    expect(preview.status, preview.output).toBe(0);
    // Every post example of the guide built.
    for (const example of examples.filter((e) => e.kind === 'voorbeeld-artikel')) {
      const url = example.file.replace(
        /^blog\/(\d{4})\/(\d{2})\/(\d{2})-(.*)\.mdx?$/,
        'blog/$1/$2/$3/$4',
      );
      expect(existsSync(path.join(dir, 'build-preview', `${url}.html`)), example.source).toBe(true);
    }
    const previewDir = path.join(dir, 'build-preview');
    const generated = generate(previewDir, defaultOutDir(previewDir));
    caddy = await startCaddy({
      siteRoot: previewDir,
      generatedDir: generated.outDir,
      port: await freePort(),
      binary: findCaddy(),
    });
    const response = await page.goto(caddy.url + POST_URL);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('note', { name: 'Concept' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open source in de praktijk');
    const image = page.getByRole('img', { name: /Schema van de opzet/ });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'het artikel over Haven' })).toHaveAttribute(
      'href',
      HAVEN,
    );
    await expect(page.locator('pre code')).toContainText('npm test');
    await expect(page.getByRole('table')).toContainText('Installeren');
    await expect(page.locator('blockquote')).toContainText('Openbaar werken');
    await expect(page.getByText('Goed om te weten')).toBeVisible();
    await expect(page.getByText('An de Vries').first()).toBeVisible();
    const axePost = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axePost.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // The new tag's page lists the draft, with its description.
    const tagPage = await page.goto(`${caddy.url}/blog/tags/toegankelijkheid`);
    expect(tagPage?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Toegankelijkheid');
    await expect(page.getByText('Websites en apps die iedereen kan gebruiken')).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Open source in de praktijk/ }).first(),
    ).toBeVisible();
    const axeTag = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axeTag.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await caddy.stop();
    caddy = undefined;

    // 5. Mistakes in the draft stop the production build, in the checker's
    // words: a heading jump, and a video file that is not there (which the
    // bundler alone would report as "Module not found", with a stack trace).
    writeFileSync(
      postPath,
      `${frontMatter}${BODY}\n#### Een kop te diep\n\n<video controls>\n  <source src="./img/ontbreekt.mp4" type="video/mp4" />\n</video>\n`,
    );
    const broken = npm(dir, 'build');
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(
      new RegExp(`${POST_FILE.replace(/[./]/g, '\\$&')}:\\d+:1 {2}fout {2}kop-sprong`),
    );
    expect(broken.output).toMatch(
      new RegExp(
        `${POST_FILE.replace(/[./]/g, '\\$&')}:\\d+:\\d+ {2}fout {2}video-ontbreekt {2}Het bestand ./img/ontbreekt.mp4`,
      ),
    );
    expect(broken.output).not.toContain('Module not found');
    expect(broken.output).toContain('De build is gestopt');
    expect(broken.output).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'build', 'index.html'))).toBe(false);

    // 6. Published: the draft line goes, the production build has the post.
    writeFileSync(postPath, frontMatter.replace('draft: true\n', '') + BODY);
    const production = npm(dir, 'build');
    expect(production.status, production.output).toBe(0);
    const built = path.join(dir, 'build', `${POST_URL}.html`);
    expect(existsSync(built)).toBe(true);
    const html = readFileSync(built, 'utf8');
    expect(html).not.toContain('aria-label="Concept"');
    expect(html).toContain('Open source in de praktijk');
    expect(existsSync(path.join(dir, 'build/blog/tags/toegankelijkheid.html'))).toBe(true);
  });
});
