/**
 * The authors' habits (issue 19), from the one set of rules the build and the
 * checker read: inline style, self-hosted video, button links, unknown
 * admonitions. The same snippets go through the build's remark plugin and
 * through `check:content`; tests/build/corpus.test.ts builds them for real.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import { afterAll, describe, expect, it, vi } from 'vitest';

import remarkContentHabits from '../../plugins/remark-content-habits';
import { admonitionFor, unknownAdmonitionMessage } from '../../src/mdx/admonitions';
import { filterStyle, STYLE_PROPERTIES } from '../../src/mdx/style';
import { checkContent } from '../../scripts/check-content/index';
import { FIXTURES } from './helpers/fixtures';

async function toJsx(value: string): Promise<string> {
  const result = await compile(
    { path: path.join(os.tmpdir(), 'blog/2025/01/01-voorbeeld.mdx'), value },
    { jsx: true, remarkPlugins: [remarkDirective, remarkContentHabits] },
  );
  return String(result);
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the checker over one post with `body` after the front matter (line 8 onward). */
async function check(body: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'habits-'));
  made.push(root);
  const file = path.join(root, 'blog/2025/01/15-testartikel.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `---\ntitle: Testartikel\ndescription: Een testartikel met een beschrijving die lang genoeg is voor de controle.\nauthors: [tom-ootes]\ntags: [api]\n---\n<!-- truncate -->\n${body}\n`,
  );
  const { problems } = await checkContent({
    rootDir: root,
    now: new Date('2026-01-01T12:00:00Z'),
    authorsFile: path.join(FIXTURES, 'authors.yml'),
    tagsFile: path.join(FIXTURES, 'tags.yml'),
  });
  return problems.map(({ rule, line, severity }) => ({ rule, line, severity }));
}

describe('inline style', () => {
  it('keeps the allowed properties and drops the rest, object or CSS string', () => {
    expect(filterStyle({ fontSize: '1.75rem', color: 'red' })).toEqual({
      kept: { fontSize: '1.75rem' },
      dropped: [{ name: 'color', value: 'red', reason: 'deze eigenschap staat niet op de lijst' }],
    });
    expect(filterStyle('margin-bottom: 0; text-align: center').kept).toEqual({
      marginBottom: '0',
      textAlign: 'center',
    });
    expect(filterStyle({ fontSize: '7rem' }).dropped[0].reason).toMatch(/typeschaal/);
    expect(filterStyle({ width: 'url(javascript:alert(1))' }).kept).toEqual({});
    expect(STYLE_PROPERTIES.map((property) => property.name)).toContain('textAlign');
  });

  it('the build keeps what is allowed and warns at the line; the checker warns at the same line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const jsx = await toJsx(
      'Tekst.\n\n<p style={{fontSize: "1.75rem", color: "red"}}>Citaat</p>\n',
    );
    expect(jsx).toMatch(/style=\{\{\s*"?fontSize"?:\s*"1\.75rem"\s*\}\}/);
    expect(jsx).not.toContain('red');
    expect(warn.mock.calls.flat().join('\n')).toMatch(/01-voorbeeld\.mdx:3:\d+ .*color: red/);
    warn.mockRestore();
    expect(await check('<p style={{color: "red"}}>Rood</p>')).toEqual([
      { rule: 'stijl-eigenschap', line: 8, severity: 'waarschuwing' },
    ]);
  });
});

describe('an <img> written as JSX', () => {
  it('has its file beside the post bundled, as a Markdown image has', async () => {
    const jsx = await toJsx('<img src="./img/foto.png" alt="Het team" />\n');
    expect(jsx).toMatch(/import ContentHabits__file_0 from ".*file-loader.*!\.\/img\/foto\.png"/);
    expect(jsx).toMatch(/src=\{ContentHabits__file_0\}/);
    expect(await toJsx('<img src="/img/logo.svg" alt="Logo" />\n')).not.toMatch(
      /ContentHabits__file/,
    );
  });
});

describe('self-hosted video', () => {
  it('controls on, no autoplay, preload metadata, files bundled', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const jsx = await toJsx(
      '<video autoPlay preload="auto">\n  <source src="./img/demo.mp4" type="video/mp4" />\n</video>\n',
    );
    expect(jsx).not.toMatch(/autoPlay/);
    expect(jsx).toMatch(/preload="metadata"/);
    expect(jsx).toMatch(/controls/);
    expect(jsx).toMatch(/import ContentHabits__file_0 from ".*file-loader.*!\.\/img\/demo\.mp4"/);
    expect(jsx).toMatch(/src=\{ContentHabits__file_0\}/);
    vi.restoreAllMocks();
    // No file beside the post, no captions: the checker says so too.
    expect(await check('<video autoPlay controls><source src="./img/demo.mp4" /></video>')).toEqual(
      [
        { rule: 'video-autoplay', line: 8, severity: 'waarschuwing' },
        { rule: 'video-ondertitels', line: 8, severity: 'waarschuwing' },
        { rule: 'video-ontbreekt', line: 8, severity: 'fout' },
      ],
    );
    expect(
      await check('<video controls><source src="https://www.example.org/demo.mp4" /></video>'),
    ).toEqual([
      { rule: 'video-ondertitels', line: 8, severity: 'waarschuwing' },
      { rule: 'video-extern', line: 8, severity: 'fout' },
    ]);
  });
});

describe('button links and admonitions', () => {
  it('turns <a class="utrecht-button …"> into the house-style button link', async () => {
    const jsx = await toJsx(
      '<a class="utrecht-button utrecht-button--secondary-action" href="/blog">Alle artikelen</a>\n',
    );
    expect(jsx).toContain('className="button-link button-link--secondary"');
    expect(jsx).not.toContain('utrecht-button');
  });

  it('an unknown admonition becomes a note titled with the word, with the nearest type', async () => {
    expect(admonitionFor('Tip')).toEqual({ type: 'tip', known: true });
    expect(admonitionFor('warn')).toMatchObject({ type: 'note', known: false, nearest: 'warning' });
    expect(unknownAdmonitionMessage('infoo')).toMatch(/Bedoel je :::info\?/);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const jsx = await toJsx(':::Oproep\n\nDoe mee.\n\n:::\n');
    vi.restoreAllMocks();
    expect(jsx).toContain('Doe mee.');
    expect(jsx).toContain('Oproep');
    expect(await check(':::Oproep\n\nDoe mee.\n\n:::')).toEqual([
      { rule: 'kader-onbekend', line: 8, severity: 'waarschuwing' },
    ]);
  });
});

describe('new rules at the source line', () => {
  it('refuses an image from another host, a link without text, a second h1', async () => {
    expect(await check('![foto](https://www.example.org/foto.jpg)')).toEqual([
      { rule: 'afbeelding-extern', line: 8, severity: 'fout' },
    ]);
    expect(await check('Zie [](https://www.example.org/).')).toEqual([
      { rule: 'link-zonder-tekst', line: 8, severity: 'fout' },
    ]);
    expect(await check('## Eerst\n\n# Tweede')).toEqual([
      { rule: 'kop-h1-dubbel', line: 10, severity: 'fout' },
    ]);
    expect(await check('<span lang="nederlands">Hallo</span>')).toEqual([
      { rule: 'taal-ongeldig', line: 8, severity: 'fout' },
    ]);
  });
});
