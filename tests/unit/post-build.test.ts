import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { describe, expect, it, vi } from 'vitest';
import postBuildPlugin, { type PostBuildStep } from '../../plugins/post-build';
import {
  attributeNames,
  hashedName,
  purgeStylesheet,
  readVariables,
} from '../../plugins/post-build/purge-css';
import {
  bundleIslands,
  pageKind,
  rewritePage,
  routeOfFile,
  type IslandBundles,
} from '../../plugins/post-build/islands';

const PAGE =
  '<html data-has-hydrated=false><head><meta charset=UTF-8>' +
  '<script src=/assets/js/runtime~main.1c81e5a4.js defer></script>' +
  '<script src=/assets/js/main.54ff3b58.js defer></script>' +
  '<link rel=stylesheet href=/assets/css/styles.1d8ce264.css></head><body>tekst</body></html>';

const BUNDLES: IslandBundles = {
  islands: '/assets/islands/islands.AAAA.js',
  preload: ['/assets/islands/chunk.CCCC.js'],
  searchPage: '/assets/islands/search-page.BBBB.js',
  searchPagePreload: ['/assets/islands/chunk.CCCC.js', '/assets/islands/chunk.DDDD.js'],
  docs: '/assets/islands/docs.EEEE.js',
  docsPreload: [],
};
const OPTIONS = { app: ['/app'], search: ['/zoeken'], docs: ['/kennisbank'] };

describe('islands instead of the app', () => {
  it('maps built files to their routes, and routes to what they load', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile('zoeken.html')).toBe('/zoeken');
    expect(routeOfFile('blog/tags/index.html')).toBe('/blog/tags');
    expect(routeOfFile('blog/2024/12/31/haven.html')).toBe('/blog/2024/12/31/haven');
    expect(pageKind('/', OPTIONS)).toBe('islands');
    expect(pageKind('/blog/2024/12/31/haven', OPTIONS)).toBe('islands');
    expect(pageKind('/kennisbank', OPTIONS)).toBe('docs');
    expect(pageKind('/kennisbank/api/x', OPTIONS)).toBe('docs');
    expect(pageKind('/kennisbanken', OPTIONS)).toBe('islands');
    expect(pageKind('/app/x', OPTIONS)).toBe('app');
    expect(pageKind('/zoeken', OPTIONS)).toBe('search');
    // A post with <Tabs> gets the docs island too, which holds the tabs.
    const tabs = '<div class="tabs-container tabList_abc"><ul role="tablist"></ul></div>';
    expect(pageKind('/blog/2025/01/15/tabs', OPTIONS, tabs)).toBe('docs');
    expect(pageKind('/blog/2025/01/15/tabs', OPTIONS, '<p class="tabs-containers">')).toBe(
      'islands',
    );
    expect(pageKind('/zoeken', OPTIONS, tabs)).toBe('search');
  });

  it('replaces both entry scripts by the islands module on a reading page', () => {
    expect(rewritePage(PAGE, 'islands', BUNDLES)).toBe(
      '<html data-has-hydrated=false><head><meta charset=UTF-8>' +
        '<link rel="modulepreload" href="/assets/islands/chunk.CCCC.js">' +
        '<script type="module" src="/assets/islands/islands.AAAA.js"></script>' +
        '<link rel=stylesheet href=/assets/css/styles.1d8ce264.css></head><body>tekst</body></html>',
    );
  });

  it('gives the search page its own island beside the others, and leaves app pages as they are', () => {
    expect(rewritePage(PAGE, 'search', BUNDLES)).toBe(
      '<html data-has-hydrated=false><head><meta charset=UTF-8>' +
        '<link rel="modulepreload" href="/assets/islands/chunk.CCCC.js">' +
        '<link rel="modulepreload" href="/assets/islands/chunk.DDDD.js">' +
        '<script type="module" src="/assets/islands/islands.AAAA.js"></script>' +
        '<script type="module" src="/assets/islands/search-page.BBBB.js"></script>' +
        '<link rel=stylesheet href=/assets/css/styles.1d8ce264.css></head><body>tekst</body></html>',
    );
    // An `app` page keeps Docusaurus' deferred scripts: React hydrates at once.
    expect(rewritePage(PAGE, 'app', BUNDLES)).toBe(PAGE);
  });

  it('gives a kennisbank page the docs island beside the others', () => {
    expect(rewritePage(PAGE, 'docs', BUNDLES)).toBe(
      '<html data-has-hydrated=false><head><meta charset=UTF-8>' +
        '<link rel="modulepreload" href="/assets/islands/chunk.CCCC.js">' +
        '<script type="module" src="/assets/islands/islands.AAAA.js"></script>' +
        '<script type="module" src="/assets/islands/docs.EEEE.js"></script>' +
        '<link rel=stylesheet href=/assets/css/styles.1d8ce264.css></head><body>tekst</body></html>',
    );
  });

  it('also finds quoted attributes and leaves pages without entry scripts alone', () => {
    const quoted = PAGE.replace(/src=(\S+?) defer/g, 'src="$1" defer=""');
    expect(rewritePage(quoted, 'islands', BUNDLES)).not.toContain('main.54ff3b58.js');
    const plain = '<html><body><script>var a=1</script></body></html>';
    expect(rewritePage(plain, 'islands', BUNDLES)).toBe(plain);
  });

  it('leaves an entry script spelled out in an attribute value alone', () => {
    // A description like this reaches a meta tag with its `<` as is.
    const fake = '<script src=/assets/js/main.0123abcd.js defer></script>';
    const page = PAGE.replace(
      '<meta charset=UTF-8>',
      `<meta charset=UTF-8><meta name=description content="${fake} x">`,
    );
    const out = rewritePage(page, 'islands', BUNDLES);
    expect(out).toContain(`content="${fake} x"`);
    expect(out).toContain('islands.AAAA.js"></script><link rel=stylesheet');
    expect(out).not.toContain('main.54ff3b58.js');
  });

  it('bundles the islands into files whose names and text do not change between builds', async () => {
    const root = path.resolve(__dirname, '..', '..');
    const first = mkdtempSync(path.join(tmpdir(), 'islands-'));
    const second = mkdtempSync(path.join(tmpdir(), 'islands-'));
    try {
      const a = await bundleIslands(root, first, '/');
      const b = await bundleIslands(root, second, '/');
      expect(a).toEqual(b);
      expect(a.islands).toMatch(/^\/assets\/islands\/islands\.[A-Z0-9]+\.js$/);
      const read = (dir: string, url: string): string =>
        readFileSync(path.join(dir, url.replace(/^\//, '')), 'utf8');
      expect(read(first, a.islands)).toBe(read(second, b.islands));
      expect(a.searchPage).toMatch(/^\/assets\/islands\/search-page\.[A-Z0-9]+\.js$/);
      expect(read(first, a.searchPage)).toBe(read(second, b.searchPage));
      expect(a.docs).toMatch(/^\/assets\/islands\/docs\.[A-Z0-9]+\.js$/);
      expect(read(first, a.docs)).toBe(read(second, b.docs));
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });
});

describe('stylesheet purge', () => {
  it('finds the attribute names of attribute selectors', () => {
    expect(attributeNames("a[href^='/'],[data-theme=light] x,input[disabled]{}")).toEqual([
      'href',
      'data-theme',
      'disabled',
    ]);
  });

  it('finds the custom properties that styles and scripts read', () => {
    expect(readVariables(['a{color:var(--a)}', 'x.style="margin: var( --b-c, 0)"'])).toEqual([
      '--a',
      '--b-c',
    ]);
  });

  it('drops unused rules and tokens, renames the file by its new content and relinks pages', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'post-build-'));
    mkdirSync(path.join(dir, 'assets', 'css'), { recursive: true });
    mkdirSync(path.join(dir, 'assets', 'js'), { recursive: true });
    const css =
      ':root{--used:red;--unused:blue;--by-script:green}' +
      '.kept{color:var(--used)}.gone{color:var(--unused)}.added-by-react{margin:0}' +
      ":root{--site:'x'}@media print{a[href^='/']::after{content:var(--site) attr(href)}}" +
      ':focus-visible{outline:2px solid}.gone:focus-visible{outline:0}';
    writeFileSync(path.join(dir, 'assets', 'css', 'styles.00000000.css'), css);
    writeFileSync(
      path.join(dir, 'assets', 'js', 'main.1.js'),
      'el.classList.add("added-by-react");el.style.color="var(--by-script)"',
    );
    const pages = [
      {
        file: 'index.html',
        html: '<link rel=stylesheet href=/assets/css/styles.00000000.css><p class=kept><a href=/x>x</a></p>',
      },
    ];
    const result = await purgeStylesheet(dir, pages);
    expect(result).toBeDefined();
    const out = readFileSync(path.join(dir, 'assets', 'css', result!.file), 'utf8');
    expect(out).toContain('.kept');
    expect(out).toContain('.added-by-react');
    expect(out).toContain('--used');
    expect(out).toContain('--by-script');
    expect(out).toContain('attr(href)');
    expect(out).toContain('--site');
    expect(out).toContain(':focus-visible{outline:2px solid}');
    expect(out).not.toContain('.gone:focus-visible');
    expect(out).not.toContain('.gone');
    expect(out).not.toContain('--unused');
    expect(result!.file).toBe(hashedName(out));
    expect(existsSync(path.join(dir, 'assets', 'css', 'styles.00000000.css'))).toBe(false);
    expect(pages[0].html).toContain(`/assets/css/${result!.file}`);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the post-build pipeline (plugins/post-build)', () => {
  it('runs its steps in order, each seeing the pages as the steps before left them on disk', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'post-build-'));
    writeFileSync(path.join(dir, 'index.html'), '<p>een</p>');
    const seen: string[] = [];
    const steps: PostBuildStep[] = [
      {
        name: 'eerste',
        async run(ctx) {
          const [page] = await ctx.pages();
          page.html = page.html.replace('een', 'twee');
        },
      },
      {
        name: 'tweede',
        async run(ctx) {
          // A step that reads the files itself (as Pagefind does).
          seen.push(readFileSync(path.join(ctx.outDir, 'index.html'), 'utf8'));
          const [page] = await ctx.pages();
          seen.push(page.html);
          page.html = page.html.replace('twee', 'drie');
          return 'klaar';
        },
      },
    ];
    const plugin = postBuildPlugin({ siteDir: dir } as LoadContext, { steps });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await plugin.postBuild!({
        outDir: dir,
        plugins: [],
        siteConfig: {},
      } as unknown as Parameters<NonNullable<typeof plugin.postBuild>>[0]);
      expect(log.mock.calls[0][0]).toMatch(
        /^\[post-build\] eerste: [\d.]+ s, tweede: [\d.]+ s \(klaar\)$/,
      );
    } finally {
      log.mockRestore();
    }
    expect(seen).toEqual(['<p>twee</p>', '<p>twee</p>']);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<p>drie</p>');
    rmSync(dir, { recursive: true, force: true });
  });

  it('is all of `npm run build`: no npm pre- or post-build scripts', () => {
    const { scripts } = JSON.parse(
      readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(scripts.build).toBe('docusaurus build');
    expect(scripts['build:preview']).toBe(
      'BLOG_PREVIEW=true docusaurus build --out-dir build-preview',
    );
    expect(Object.keys(scripts).filter((name) => /^(pre|post)build/.test(name))).toEqual([]);
  });
});
