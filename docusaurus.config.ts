import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

import path from 'node:path';
import rijkshuisstijlCompat, { rijkshuisstijlRemarkPlugins } from './plugins/rijkshuisstijl-compat';
import { preprocessMarkdown } from './plugins/markdown-preprocess';
import rehypeStaticMermaid from './plugins/rehype-static-mermaid';
import rehypeTaskListLabels from './plugins/rehype-task-list-labels';
import rehypeTableRegions from './plugins/rehype-table-regions';
import { githubAA } from './src/prism/github-aa';
import remarkVideoEmbed from './plugins/remark-video-embed';
import blog, { blogStaticDir, type SiteCard } from './plugins/blog';
import type { FeedSettings } from './plugins/blog/feeds';
import { imageCacheDir } from './plugins/blog/images/cache';
import remarkBlogImages from './plugins/blog/remark/images';
import postBuild from './plugins/post-build';
import contentCheck from './plugins/content-check';
import {
  onBrokenMarkdownImages,
  onBrokenMarkdownLinks,
} from './plugins/content-check/markdown-hooks';
import { feedsStep } from './plugins/post-build/feeds';
import { imagesStep } from './plugins/post-build/images';
import { purgeCssStep } from './plugins/post-build/purge-css';
import { islandsStep } from './plugins/post-build/islands';
import { searchIndexStep } from './plugins/post-build/search-index';
import { caddyConfigStep } from './plugins/post-build/caddy-config';
import remarkSafetyGuard from './src/mdx/remark-safety-guard';
import remarkContentHabits from './plugins/remark-content-habits';
import siteUrlCss from './plugins/site-url-css';
import { gitWithFallback } from './plugins/lib/vcs';
import { SEARCH_PAGE } from './src/lib/search-fields';
import { frontMatterForBuild, siteBuild } from './src/lib/visibility';

const siteUrl = process.env.SITE_URL ?? 'https://developer.overheid.nl';
const repoUrl = 'https://github.com/developer-overheid-nl/developer.overheid.nl';

const tagline = 'Het blog voor ontwikkelaars bij de overheid';
const blogDescription =
  'Artikelen over API’s, open source, cloud en standaarden voor ontwikkelaars bij de overheid.';
/** The social image of every page that is not a post, rendered by plugins/blog. */
const siteCard: SiteCard = {
  title: tagline,
  subtitle: 'API’s, open source, cloud en standaarden',
  alt: `developer.overheid.nl: ${tagline.toLowerCase()}`,
};
const feedSettings: FeedSettings = {
  title: 'developer.overheid.nl blog',
  description: blogDescription,
  copyright: `Rijksoverheid, ${new Date().getFullYear()}`,
  language: 'nl',
};
const staticDirs = [path.join(__dirname, 'static')];
// Mermaid diagrams become static SVG images at build time (no Mermaid JS for
// readers). `docusaurus start` sets NODE_ENV=development: there a missing
// Chromium shows the diagram source instead of failing.
const mermaidRehypePlugin: [typeof rehypeStaticMermaid, { mode: 'build' | 'dev' }] = [
  rehypeStaticMermaid,
  { mode: process.env.NODE_ENV === 'development' ? 'dev' : 'build' },
];

const blogOptions = {
  path: 'blog',
  routeBasePath: 'blog',
  blogTitle: 'Blog',
  blogDescription,
  postsPerPage: 12,
  blogSidebarCount: 0,
  showReadingTime: true,
  showLastUpdateTime: true,
  editUrl: `${repoUrl}/edit/main/`,
  authorsMapPath: 'authors.yml',
  tags: 'tags.yml',
  onInlineTags: 'throw',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'warn',
  remarkPlugins: [remarkVideoEmbed],
  // Responsive, metadata-free images; before Docusaurus' own image
  // plugin, so the original files are never emitted (plugins/blog/images).
  beforeDefaultRemarkPlugins: [
    remarkSafetyGuard,
    // Inline styles, self-hosted video, button links, unknown admonitions.
    remarkContentHabits,
    ...rijkshuisstijlRemarkPlugins,
    [remarkBlogImages, { siteDir: __dirname, staticDirs, cacheDir: imageCacheDir(__dirname) }],
  ],
  // The feeds, site-wide and per tag and author, come from plugins/blog
  // (written by the post-build pipeline), which keeps drafts out of them.
  feedOptions: { type: null },
  rehypePlugins: [mermaidRehypePlugin, rehypeTaskListLabels, rehypeTableRegions],
} satisfies Preset.Options['blog'];

const config: Config = {
  title: 'developer.overheid.nl',
  tagline,
  favicon: 'img/favicon.svg',

  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  // `static/`, and the card and social images plugins/blog renders for each build.
  staticDirectories: ['static', blogStaticDir(__dirname)],

  // The base-URL banner is an inline script; we serve at a fixed base URL and
  // keep the Content-Security-Policy free of inline scripts we did not hash.
  baseUrlIssueBanner: false,

  future: {
    // v4 turns on every Docusaurus Faster option (Rspack, SWC, LightningCSS,
    // persistent cache, SSG worker threads) and CSS cascade layers.
    v4: true,
    faster: true,
    // "Laatst bijgewerkt" and sitemap dates from git, with a defined fallback
    // for a build without git history, such as `git archive` output (plugins/lib/vcs.ts).
    experimental_vcs: gitWithFallback(),
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'nl',
    locales: ['nl'],
    localeConfigs: {
      nl: { label: 'Nederlands', htmlLang: 'nl', direction: 'ltr' },
    },
  },

  markdown: {
    // Off: ```mermaid stays a plain code block for rehype-static-mermaid.
    mermaid: false,
    // `future.v4` disables MDX 1 comment compatibility; posts use
    // `<!-- truncate -->` in MDX-parsed files, so keep it on.
    mdx1Compat: { comments: true, admonitions: true, headingIds: true },
    // Functions that throw, with Dutch messages that never advise switching
    // the check off (plugins/content-check/markdown-hooks.ts).
    hooks: { onBrokenMarkdownLinks, onBrokenMarkdownImages },
    preprocessor: preprocessMarkdown,
    // Drafts are published outside production builds, marked as drafts
    // (src/lib/visibility.ts).
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      return {
        ...result,
        frontMatter: frontMatterForBuild(
          result.frontMatter,
          siteBuild(),
          path.relative(__dirname, params.filePath),
        ),
      };
    },
  },

  plugins: [
    // `npm run check:content` before anything reads a post: the author sees
    // the checker's Dutch lines, and a build stops at a fout (plugins/content-check).
    (context) => contentCheck(context, { contentDirs: ['blog', 'docs'] }),
    rijkshuisstijlCompat,
    // `--dev-site-url` for the print stylesheet, from `url` above.
    siteUrlCss,
    [
      blog,
      {
        ...blogOptions,
        staticDirs,
        siteName: 'developer.overheid.nl',
        siteCard,
        feeds: feedSettings,
      },
    ],
    // After Docusaurus has written the site, in this order (plugins/post-build):
    // the card and social images, and no image with metadata; the feeds (their
    // items name the social images' sizes); unused CSS and design tokens out of
    // the stylesheet; every page (reading pages, the kennisbank, the search
    // page) gets small islands of behaviour instead of the React app; the CSP hashes of the final inline scripts
    // and the redirects for Caddy; the search index over the final pages.
    (context) =>
      postBuild(context, {
        steps: [
          imagesStep,
          feedsStep(feedSettings),
          purgeCssStep,
          islandsStep({ app: [], search: [SEARCH_PAGE], docs: ['/kennisbank'] }),
          caddyConfigStep,
          searchIndexStep,
        ],
      }),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'kennisbank',
          sidebarPath: './sidebars.ts',
          // The safety guard first, so it sees the page as its author wrote it
          // (src/mdx/safety.ts: unsafe MDX never reaches a built page).
          beforeDefaultRemarkPlugins: [
            remarkSafetyGuard,
            remarkContentHabits,
            ...rijkshuisstijlRemarkPlugins,
          ],
          editUrl: `${repoUrl}/edit/main/`,
          showLastUpdateTime: true,
          // After Docusaurus' directive handling, before its unused-directive check.
          remarkPlugins: [remarkVideoEmbed],
          rehypePlugins: [mermaidRehypePlugin, rehypeTaskListLabels, rehypeTableRegions],
        },
        // The blog plugin runs wrapped, from `plugins` (plugins/blog).
        blog: false,
        pages: {
          beforeDefaultRemarkPlugins: [remarkContentHabits, ...rijkshuisstijlRemarkPlugins],
          remarkPlugins: [remarkVideoEmbed],
          rehypePlugins: [mermaidRehypePlugin, rehypeTaskListLabels, rehypeTableRegions],
        },
        theme: {
          customCss: [
            './src/css/rijkshuisstijl.css',
            './src/css/custom.css',
            './src/css/print.css',
          ],
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
          // Posts and kennisbank pages are dated from git; listing pages by
          // their newest post (plugins/blog/listing-dates.ts).
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    // Open Graph and Twitter image of every page without one of its own (siteCard above).
    image: 'img/site-social.png',
    colorMode: {
      defaultMode: 'light',
      disableSwitch: true,
      respectPrefersColorScheme: false,
    },
    navbar: {
      title: 'developer.overheid.nl',
      // The band is decorative next to the site name (src/theme/Navbar renders it above
      // the bar); it is not the Rijksoverheid logo, so no alt text claiming it is.
      logo: {
        alt: '',
        src: 'img/logo.svg',
        width: 48,
        height: 96,
      },
      items: [
        { to: '/blog', label: 'Blog', position: 'left' },
        { to: '/kennisbank', label: 'Kennisbank', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Blog',
          items: [
            { label: 'Alle artikelen', to: '/blog' },
            { label: 'Archief', to: '/blog/archive' },
            { label: 'Auteurs', to: '/blog/authors' },
          ],
        },
        {
          title: 'developer.overheid.nl',
          items: [
            { label: 'Over', to: '/over' },
            { label: 'Contact', to: '/contact' },
          ],
        },
        {
          title: 'Service',
          items: [
            { label: 'Privacy', to: '/privacy' },
            { label: 'Cookies', to: '/cookies' },
            { label: 'Toegankelijkheid', to: '/toegankelijkheid' },
          ],
        },
      ],
      copyright: 'developer.overheid.nl is een initiatief van de Rijksoverheid.',
    },
    prism: {
      theme: githubAA,
      additionalLanguages: ['bash', 'json', 'yaml'],
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
};

export default config;
