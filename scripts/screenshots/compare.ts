/**
 * Comparing two sets of screenshots (`npm run screenshots -- --compare A B`):
 * pixel by pixel, strictly. A shot is identical only when both images have
 * the same size and every pixel has the same RGBA value; otherwise the number
 * of differing pixels is reported, and a diff image (differences in red over
 * a faded copy of A, drawn by pixelmatch) can be written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export type Verdict = 'identical' | 'different' | 'size differs' | 'only in A' | 'only in B';

export interface Comparison {
  file: string;
  verdict: Verdict;
  /** Pixels whose RGBA value differs (0 when identical; undefined when not compared). */
  differentPixels?: number;
  /** The largest difference in one colour channel of one pixel, 0–255. */
  maxDelta?: number;
  /** Pixels in the image (of A, when both have the same size). */
  totalPixels?: number;
  sizeA?: string;
  sizeB?: string;
}

/**
 * The number of pixels whose RGBA values differ, and the largest difference in
 * one channel; both buffers hold `width × height` RGBA pixels.
 */
export function countDifferentPixels(
  a: Uint8Array,
  b: Uint8Array,
): { pixels: number; maxDelta: number } {
  if (a.length !== b.length) throw new Error('Images of different sizes cannot be counted.');
  let pixels = 0;
  let maxDelta = 0;
  for (let i = 0; i < a.length; i += 4) {
    let delta = 0;
    for (let c = 0; c < 4; c += 1) delta = Math.max(delta, Math.abs(a[i + c] - b[i + c]));
    if (delta > 0) {
      pixels += 1;
      maxDelta = Math.max(maxDelta, delta);
    }
  }
  return { pixels, maxDelta };
}

/** Compares two PNG files; writes a diff image to `diffFile` when they differ and it is given. */
export function comparePngs(file: string, a: Buffer, b: Buffer, diffFile?: string): Comparison {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  const sizeA = `${pa.width}×${pa.height}`;
  const sizeB = `${pb.width}×${pb.height}`;
  if (pa.width !== pb.width || pa.height !== pb.height) {
    return { file, verdict: 'size differs', sizeA, sizeB };
  }
  const totalPixels = pa.width * pa.height;
  const { pixels: differentPixels, maxDelta } = countDifferentPixels(pa.data, pb.data);
  if (differentPixels > 0 && diffFile) {
    const diff = new PNG({ width: pa.width, height: pa.height });
    // threshold 0 and anti-aliased pixels included: every difference is drawn.
    pixelmatch(pa.data, pb.data, diff.data, pa.width, pa.height, {
      threshold: 0,
      includeAA: true,
    });
    mkdirSync(path.dirname(diffFile), { recursive: true });
    writeFileSync(diffFile, PNG.sync.write(diff));
  }
  return {
    file,
    verdict: differentPixels === 0 ? 'identical' : 'different',
    differentPixels,
    maxDelta,
    totalPixels,
    sizeA,
    sizeB,
  };
}

function pngsIn(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist.`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.png'))
    .sort();
}

/** Compares every PNG of `dirA` with the PNG of the same name in `dirB`. */
export function compareDirs(dirA: string, dirB: string, diffDir?: string): Comparison[] {
  const a = new Set(pngsIn(dirA));
  const b = new Set(pngsIn(dirB));
  const names = [...new Set([...a, ...b])].sort();
  return names.map((file): Comparison => {
    if (!b.has(file)) return { file, verdict: 'only in A' };
    if (!a.has(file)) return { file, verdict: 'only in B' };
    return comparePngs(
      file,
      readFileSync(path.join(dirA, file)),
      readFileSync(path.join(dirB, file)),
      diffDir ? path.join(diffDir, file) : undefined,
    );
  });
}

/** A Markdown table of the comparisons and a summary line. */
export function formatComparison(results: readonly Comparison[]): string {
  const lines = [
    '| screenshot | result | differing pixels | largest channel difference | size (A / B) |',
    '|---|---|---:|---:|---|',
  ];
  for (const r of results) {
    const pixels =
      r.differentPixels === undefined
        ? '–'
        : `${r.differentPixels.toLocaleString('en')} of ${(r.totalPixels ?? 0).toLocaleString('en')}`;
    const size =
      r.sizeA === undefined && r.sizeB === undefined
        ? '–'
        : r.sizeA === r.sizeB
          ? (r.sizeA ?? '–')
          : `${r.sizeA ?? '–'} / ${r.sizeB ?? '–'}`;
    const delta = r.maxDelta === undefined ? '–' : String(r.maxDelta);
    lines.push(
      `| ${r.file.replace(/\.png$/, '')} | ${r.verdict} | ${pixels} | ${delta} | ${size} |`,
    );
  }
  const identical = results.filter((r) => r.verdict === 'identical').length;
  lines.push('', `${identical} of ${results.length} screenshots identical.`);
  return lines.join('\n');
}
