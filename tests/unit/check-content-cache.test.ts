/**
 * The checker's parse cache is shared by checkouts that share node_modules
 * (a git worktree, a restored CI cache). Two checkouts with the same post at
 * the same relative path must each get their own verdict.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';
import { FIXTURES } from './helpers/fixtures';

const NOW = new Date('2026-01-01T12:00:00Z');
const made: string[] = [];

afterAll(() => {
  for (const root of made) fs.rmSync(root, { recursive: true, force: true });
});

const POST = `---
title: Testartikel
description: Een testartikel met een beschrijving die lang genoeg is voor de controle.
authors: [tom-ootes]
tags: [api]
---

Inleiding van het testartikel.

<!-- truncate -->

![Schema van de koppeling](./img/schema.png)
`;

const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A checkout with the one post; withImage: its image is there too. */
function checkout(parent: string, name: string, withImage: boolean): string {
  const root = path.join(parent, name);
  const post = path.join(root, 'blog/2025/01/15-testartikel.md');
  fs.mkdirSync(path.dirname(post), { recursive: true });
  fs.writeFileSync(post, POST);
  fs.copyFileSync(path.join(FIXTURES, 'authors.yml'), path.join(root, 'blog/authors.yml'));
  fs.copyFileSync(path.join(FIXTURES, 'tags.yml'), path.join(root, 'blog/tags.yml'));
  if (withImage) {
    fs.mkdirSync(path.join(path.dirname(post), 'img'));
    fs.writeFileSync(path.join(path.dirname(post), 'img/schema.png'), PIXEL_PNG);
  }
  return root;
}

async function rules(root: string, cacheDir: string): Promise<string[]> {
  const { problems } = await checkContent({ rootDir: root, now: NOW, cacheDir, workers: 1 });
  return problems.map((found) => `${found.file}:${found.line} ${found.rule}`);
}

describe('check:content cache shared by two checkouts', () => {
  it('gives each checkout the verdict on its own files, in either order', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cache-'));
    made.push(parent);
    const cacheDir = path.join(parent, 'shared-cache');
    const without = checkout(parent, 'zonder-afbeelding', false);
    const withImage = checkout(parent, 'met-afbeelding', true);

    // The checkout without the image fills the cache first ...
    expect(await rules(without, cacheDir)).toEqual([
      'blog/2025/01/15-testartikel.md:12 afbeelding-ontbreekt',
    ]);
    expect(fs.existsSync(path.join(cacheDir, 'analyses.json'))).toBe(true);
    // ... and the other one, same relative path and content, has its image.
    expect(await rules(withImage, cacheDir)).toEqual([]);
    // Both stay right on a second, fully cached run.
    expect(await rules(without, cacheDir)).toEqual([
      'blog/2025/01/15-testartikel.md:12 afbeelding-ontbreekt',
    ]);
    expect(await rules(withImage, cacheDir)).toEqual([]);
    const cache = JSON.parse(fs.readFileSync(path.join(cacheDir, 'analyses.json'), 'utf8')) as {
      entries: Record<string, { absolutePath: string }>;
    };
    // The last run wrote only its own checkout's entries, with its own paths.
    const paths = Object.values(cache.entries).map((entry) => entry.absolutePath);
    expect(paths).toEqual([path.join(withImage, 'blog/2025/01/15-testartikel.md')]);
  });
});
