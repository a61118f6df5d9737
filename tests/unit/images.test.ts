/**
 * plugins/blog/images: one decode per source image, whatever presets are
 * asked for and when; one content-addressed cache that an edited image never
 * finds stale and that `docusaurus clear` leaves alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

import { ImageStore } from '../../plugins/blog/images';
import { imageCacheDir } from '../../plugins/blog/images/cache';

const ROOT = path.resolve(__dirname, '..', '..');
const NDS = path.join(ROOT, 'blog/2025/07/img/nederlandse-digitaliseringsstrategie.png');

const made: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-images-'));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

async function photo(background: string): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 500, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

describe('the image pipeline', () => {
  it('decodes the NDS cover once for the post body, the card and the link preview', async () => {
    const store = new ImageStore(tempDir());
    // The model asks for every preset at once; the post image's module asks for the
    // body again while it compiles the post.
    const [all] = await Promise.all([
      store.renditions(NDS, ['body', 'card', 'social']),
      store.renditions(NDS, ['body']),
    ]);
    const later = await store.renditions(NDS, ['body']);
    expect(store.decodes.get(NDS)).toBe(1);
    expect(later.manifest).toEqual(all.manifest);
    const { manifest } = all;
    expect([manifest.width, manifest.height]).toEqual([1814, 1093]);
    expect(manifest.body?.webp.map((r) => r.width)).toEqual([400, 800, 1200, 1600]);
    expect(manifest.card?.fallback.map((r) => [r.width, r.height])).toEqual([
      [400, 225],
      [800, 450],
    ]);
    expect([manifest.social?.width, manifest.social?.height]).toEqual([1200, 630]);
    for (const file of fs.readdirSync(all.dir)) expect(file).not.toMatch(/\.tmp$/);
  }, 60_000);

  it('renders one image copied into two folders once, both asked at once', async () => {
    const site = tempDir();
    const image = await photo('#4a7fb5');
    const sources = ['blog/2025/05/img/foto.jpg', 'blog/2025/06/img/foto.jpg'].map((rel) => {
      const file = path.join(site, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, image);
      return file;
    });
    const store = new ImageStore(path.join(site, 'cache'));
    const [first, second] = await Promise.all(
      sources.map((source) => store.renditions(source, ['body'])),
    );
    expect(second).toEqual(first);
    expect([...store.decodes.values()].reduce((a, b) => a + b, 0)).toBe(1);
    const body = first.manifest.body!;
    for (const rendition of [...body.webp, ...body.fallback, body.full]) {
      expect(fs.existsSync(path.join(first.dir, rendition.file))).toBe(true);
    }
  });

  it('makes an edited image anew, in the same process (npm start)', async () => {
    const site = tempDir();
    const file = path.join(site, 'omslag.jpg');
    fs.writeFileSync(file, await photo('#154273'));
    const store = new ImageStore(path.join(site, 'cache'));
    const before = await store.renditions(file, ['card']);
    fs.writeFileSync(file, await photo('#e17000'));
    // A later modification time, as an editor's save gives it.
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    const after = await store.renditions(file, ['card']);
    expect(after.key).not.toBe(before.key);
    expect(store.decodes.get(file)).toBe(2);
    const pixel = async (dir: string, name: string): Promise<number[]> => [
      ...(await sharp(path.join(dir, name)).raw().toBuffer()).subarray(0, 3),
    ];
    expect(await pixel(after.dir, after.manifest.card!.fallback[0].file)).not.toEqual(
      await pixel(before.dir, before.manifest.card!.fallback[0].file),
    );
  });

  it('keeps its cache where `docusaurus clear` does not delete it', () => {
    // `docusaurus clear` removes .docusaurus/, build/ and all of node_modules/.cache/.
    const cache = imageCacheDir(ROOT);
    for (const cleared of ['.docusaurus', 'build', path.join('node_modules', '.cache')]) {
      expect(path.relative(path.join(ROOT, cleared), cache).startsWith('..')).toBe(true);
    }
  });
});
