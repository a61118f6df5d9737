import { describe, expect, it } from 'vitest';
import { parseArgs, table, type RunFigures } from '../../scripts/bench-interaction';

const run = (search: number, js: number): RunFigures => ({
  menuTap: search / 10,
  menuFromNavigation: search,
  firstPaint: search / 2,
  search,
  loadJs: js,
  loadTotal: js * 10,
  menuJs: 0,
  menuTotal: 0,
  searchJs: js,
  searchTotal: js * 4,
  kennisbankMenu: search * 2,
  searchPageOpen: search * 3,
  searchPageType: search,
});

describe('npm run bench:interaction', () => {
  it('needs a ref to compare with and takes the number of runs', () => {
    expect(parseArgs(['--ref', 'main'])).toEqual({
      ref: 'main',
      runs: 5,
      build: true,
      posts: [],
      keep: false,
    });
    expect(parseArgs(['main', '--runs', '3', '--no-build'])).toEqual({
      ref: 'main',
      runs: 3,
      build: false,
      posts: [],
      keep: false,
    });
    expect(() => parseArgs([])).toThrow(/--ref main/);
    // The posts mode builds copies with synthetic posts and needs no ref.
    expect(parseArgs(['--posts', '100,1000'])).toMatchObject({ ref: '', posts: [100, 1000] });
    expect(() => parseArgs(['--posts', '100,x'])).toThrow(/--posts/);
    expect(() => parseArgs(['--ref', 'main', '--runs', '0'])).toThrow(/--runs/);
  });

  it('reports the medians of both sites side by side, with their ratio', () => {
    const out = table(
      {
        mine: { phone: [run(100, 1024), run(300, 1024), run(200, 1024)], desktop: [run(50, 1024)] },
        main: {
          phone: [run(400, 2048), run(400, 2048), run(900, 2048)],
          desktop: [run(100, 2048)],
        },
      },
      'mine',
      'main',
    );
    expect(out).toContain(
      '| phone | tap search → "api" → first result | 200 ms | 400 ms | 0.50× |',
    );
    expect(out).toContain(
      '| desktop | tap search → "api" → first result | 50 ms | 100 ms | 0.50× |',
    );
    expect(out).toContain('| phone | JS up to load | 1.0 KB | 2.0 KB | 0.50× |');
    // Menu figures only where there is a menu button: on the phone.
    expect(out).not.toContain('| desktop | tap Menu');
    expect(out).toContain(
      '| phone | open /zoeken?q=api → first result | 600 ms | 1200 ms | 0.50× |',
    );
  });

  it('leaves failed runs out of the median and says how many failed', () => {
    const failed = { ...run(100, 1024), searchPageType: Number.NaN };
    const out = table(
      {
        mine: { phone: [run(100, 1024), failed, run(300, 1024)], desktop: [run(50, 1024)] },
        main: { phone: [failed, failed, failed], desktop: [run(100, 2048)] },
      },
      'mine',
      'main',
    );
    expect(out).toContain(
      '| phone | type "api" on /zoeken → first result | 200 ms (1 of 3 failed) | failed (3 of 3 failed) | — |',
    );
  });
});
