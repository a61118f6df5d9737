/**
 * The stock Docusaurus site `npm run bench` builds beside this one: Docusaurus
 * 3.10 with the classic preset and its defaults, `future.v4` (Rspack, SWC,
 * LightningCSS, persistent cache, SSG worker threads), no plugins of its own
 * and no theme overrides, holding the same `blog/` folder as the bench copy of
 * this site (the seed posts and the synthetic corpus, with their images,
 * `authors.yml` and `tags.yml`), a one-page docs section at /kennisbank that
 * the posts link to, and a home page (the navbar links to it).
 *
 * Deliberately stock, apart from what the same posts need to build at all:
 * - `markdown.mdx1Compat.comments`: `future.v4` turns MDX 1 comment syntax
 *   off, and the posts end their excerpt with `<!-- truncate -->`;
 * - the Dutch locale, so both sites render the same language;
 * - the blog's `authors.yml` and `tags.yml`, which the posts name.
 * MDX posts import the real `@rijkshuisstijl-community/components-react`
 * (this site aliases it to a compatibility layer), and the video directives
 * this site renders are dropped by stock Docusaurus with a warning.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The stock site's configuration, as the text of its `docusaurus.config.js`. */
export function stockConfig(): string {
  const config = {
    title: 'Stock Docusaurus',
    url: 'https://example.org',
    baseUrl: '/',
    i18n: { defaultLocale: 'nl', locales: ['nl'] },
    future: { v4: true, faster: true },
    markdown: { mdx1Compat: { comments: true } },
    presets: [
      [
        'classic',
        {
          docs: { path: 'docs', routeBasePath: 'kennisbank' },
          blog: {
            path: 'blog',
            routeBasePath: 'blog',
            authorsMapPath: 'authors.yml',
            tags: 'tags.yml',
          },
        },
      ],
    ],
    themeConfig: {
      navbar: {
        title: 'Stock Docusaurus',
        items: [
          { to: '/blog', label: 'Blog', position: 'left' },
          { to: '/kennisbank', label: 'Kennisbank', position: 'left' },
        ],
      },
    },
  };
  return (
    '// Stock Docusaurus for `npm run bench` (written by scripts/bench/stock.ts).\n' +
    `module.exports = ${JSON.stringify(config, null, 2)};\n`
  );
}

/** The stock site's `package.json`: `npm run build` is `docusaurus build`, as in a new site. */
export function stockPackageJson(): string {
  const pkg = {
    name: 'bench-stock-docusaurus',
    private: true,
    scripts: { build: 'docusaurus build' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const HOME_PAGE =
  '# Stock Docusaurus\n\nDe benchmark bouwt deze site naast developer.overheid.nl.\n';

const KENNISBANK_INDEX =
  '---\ntitle: Kennisbank\nslug: /\n---\n\nDe kennisbank van de benchmark: één pagina, waar de artikelen naar linken.\n';

/**
 * A `node_modules/` at `dir` holding a symlink to every entry of
 * `sourceModules` except `.cache`: the site resolves the same packages, but
 * its caches (`node_modules/.cache`, and this site's image cache
 * `node_modules/.blog-images`) are its own, so a cold build is cold.
 */
export function linkNodeModules(dir: string, sourceModules: string): void {
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const entry of readdirSync(sourceModules)) {
    if (entry === '.cache' || entry === '.blog-images') continue;
    symlinkSync(path.join(sourceModules, entry), path.join(modules, entry));
  }
}

/**
 * Writes the stock site into `dir` (emptied first), with the `blog/` folder of
 * the site at `siteDir` and the packages of `sourceModules`.
 */
export function writeStockSite(dir: string, siteDir: string, sourceModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), stockPackageJson());
  writeFileSync(path.join(dir, 'docusaurus.config.js'), stockConfig());
  writeFileSync(path.join(dir, 'docs', 'index.md'), KENNISBANK_INDEX);
  writeFileSync(path.join(dir, 'src', 'pages', 'index.md'), HOME_PAGE);
  cpSync(path.join(siteDir, 'blog'), path.join(dir, 'blog'), { recursive: true });
  linkNodeModules(dir, sourceModules);
}
