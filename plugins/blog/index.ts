/**
 * The blog: `@docusaurus/plugin-content-blog` wrapped (same name, options
 * and routes), the one owner of what this site adds to a post. As Docusaurus'
 * own website wraps the blog for its changelog, it spreads the original
 * plugin, overrides what it adds to, and brings its own theme components.
 *
 * - `loadContent`: the post model (./model.ts), one pass per post, fills each
 *   post's `metadata.extras` and starts making the images the posts need
 *   (./images). The card and social images to publish go into the content
 *   (`images`): plugins/post-build puts them into the build; in `npm start`
 *   they go into the plugin's static folder as they are ready. Authors no
 *   post of the build names are left out (./authors.ts).
 * - `contentLoaded`: the blog's routes, each list route with one data module
 *   for its posts (./list-items.ts) and the date of its newest post for the
 *   sitemap (./listing-dates.ts), tag and author pages with their feed links
 *   (./feeds.ts), the archive with only what it shows, and the homepage
 *   (./home.ts).
 * - `injectHtmlTags`: the site-wide feeds on every page.
 * - `getThemePath`: ./theme, the post image component and the tag and author
 *   pages with their feeds advertised.
 * - `getPathsToWatch`: the posts' images as well, for their cards.
 *
 * The feed files themselves are written after the build, from the built
 * pages, by a step of plugins/post-build, like everything else that reads
 * the build.
 */
import { mkdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import pluginContentBlog, { validateOptions } from '@docusaurus/plugin-content-blog';
import type { BlogContent, PluginOptions } from '@docusaurus/plugin-content-blog';
import type { OptionValidationContext, Plugin, PluginModule, RouteConfig } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { authorsWithPosts, withSafeLinks } from './authors';
import { feedGroups, feedLinks, siteFeedTags, type FeedSettings } from './feeds';
import { homeData } from './home';
import { imageCacheDir } from './images/cache';
import { imageStore, SOCIAL_HEIGHT, SOCIAL_WIDTH } from './images';
import { withListItemsModule } from './list-items';
import { listingContext, listingDate, withListingDate } from './listing-dates';
import { modelPosts, postExtras, publishImages, type ImagePublication } from './model';
import type { BlogGlobalData, FeedLinks } from './types';

/** Name of the blog plugin, as Docusaurus keys its content. */
export const BLOG_PLUGIN_NAME = 'docusaurus-plugin-content-blog';

/** The text of the site's default social card (`themeConfig.image`). */
export interface SiteCard {
  title: string;
  /** The line below the title, where a post's card has its date. */
  subtitle: string;
  /** Alternative text of the image. */
  alt: string;
}

/** What this wrapper takes besides the blog plugin's own options. */
export interface BlogModelOptions {
  /** Static directories of the site, to resolve `/img/…` image paths. */
  staticDirs: string[];
  /** The site name on generated social cards. */
  siteName: string;
  /** Rendered to `themeConfig.image` when both are set. */
  siteCard?: SiteCard;
  feeds: FeedSettings;
}

const OWN_OPTIONS = ['staticDirs', 'siteName', 'siteCard', 'feeds'] as const;

/** The blog's content, with the image files the site publishes. */
export interface BlogModelContent extends BlogContent {
  images: ImagePublication[];
}

/**
 * The plugin's static folder, which the site lists in `staticDirectories`:
 * created here, because Docusaurus expects its static directories to exist.
 */
export function blogStaticDir(siteDir: string): string {
  const dir = path.join(siteDir, '.docusaurus', 'blog-static');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The archive's posts with only what the archive page shows (not every post's Markdown). */
function slimArchive(route: RouteConfig): RouteConfig {
  const archive = (route.props as { archive?: { blogPosts?: unknown } } | undefined)?.archive;
  const posts = archive?.blogPosts as Parameters<typeof postExtras>[0][] | undefined;
  if (!posts) return route;
  const blogPosts = posts.map((post) => ({
    metadata: {
      title: post.metadata.title,
      permalink: post.metadata.permalink,
      date: post.metadata.date,
      extras: { visibility: postExtras(post).visibility },
    },
  }));
  return { ...route, props: { ...route.props, archive: { ...archive, blogPosts } } };
}

/** A tag or author page's route with the links to its feeds in its props. */
function withFeedLinks(route: RouteConfig, feeds: ReadonlyMap<string, FeedLinks>): RouteConfig {
  const props = route.props as
    { tag?: { permalink?: string }; author?: { page?: { permalink?: string } | null } } | undefined;
  const permalink = props?.tag?.permalink ?? props?.author?.page?.permalink;
  const links = permalink ? feeds.get(permalink) : undefined;
  return links ? { ...route, props: { ...route.props, feedLinks: links } } : route;
}

const blogPlugin: PluginModule<BlogModelContent> = async (context, rawOptions) => {
  // Validated by `validateBlogOptions` below before Docusaurus calls us.
  const options = rawOptions as PluginOptions & BlogModelOptions;
  const blog = await pluginContentBlog(context, options);
  const { siteDir, baseUrl } = context;
  const blogPath = normalizeUrl([baseUrl, options.routeBasePath]);
  const blogBasePath = `${blogPath.replace(/\/$/, '')}/`;
  const store = imageStore(imageCacheDir(siteDir));
  const { image: defaultImage } = context.siteConfig.themeConfig as { image?: unknown };
  const siteImage = typeof defaultImage === 'string' && options.siteCard ? defaultImage : undefined;
  const dev = process.env.NODE_ENV === 'development';
  /** Loads so far: `npm start` loads again on every change. */
  let loads = 0;

  return {
    ...blog,

    // Images too: a post's card and social image come from its cover or
    // first image, so editing one in `npm start` loads the blog again.
    getPathsToWatch() {
      const images = '**/*.{png,jpg,jpeg,webp,avif,gif,tif,tiff}';
      return [
        ...(blog.getPathsToWatch?.() ?? []),
        path.join(context.siteDir, options.path, images),
        ...options.staticDirs.map((dir) => path.join(dir, images)),
      ];
    },

    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },

    async loadContent() {
      const load = (loads += 1);
      const content = await blog.loadContent!();
      for (const post of content.blogPosts) {
        // metadata is read-only in the type, ours to fill in loadContent.
        Object.assign(post.metadata, { authors: post.metadata.authors.map(withSafeLinks) });
      }
      const images = await modelPosts(content.blogPosts, {
        siteDir,
        staticDirs: options.staticDirs,
        baseUrl,
        blogBasePath,
        siteName: options.siteName,
        store,
      });
      if (content.authorsMap) {
        content.authorsMap = Object.fromEntries(
          Object.entries(authorsWithPosts(content.authorsMap, content.blogPosts)).map(
            ([key, author]) => [key, withSafeLinks(author)],
          ),
        );
      }
      if (siteImage && options.siteCard) {
        const card = store.socialCard({
          title: options.siteCard.title,
          date: options.siteCard.subtitle,
          siteName: options.siteName,
        });
        card.catch(() => undefined);
        images.push({ url: siteImage.replace(/^\//, ''), file: () => card });
      }
      // Start empty, so images of removed posts do not linger.
      const staticDir = blogStaticDir(siteDir);
      await rm(staticDir, { recursive: true, force: true });
      await mkdir(staticDir, { recursive: true });
      if (dev) {
        // Published as they are ready; a later load (an edit) takes over.
        publishImages(images, staticDir, () => load === loads).catch((error: unknown) => {
          console.error('[blog] Afbeeldingen konden niet worden gemaakt:', error);
        });
      }
      return { ...content, images };
    },

    async contentLoaded(args) {
      const { content, actions } = args;
      const listing = listingContext(content, {
        archive: options.archiveBasePath ? normalizeUrl([blogPath, options.archiveBasePath]) : '',
        tags: content.blogTagsListPath,
        authors: normalizeUrl([blogPath, options.authorsBasePath]),
      });
      const feeds = new Map(
        feedGroups(content, options.feeds, blogBasePath)
          .filter((group) => !group.site)
          .map((group) => [group.permalink, feedLinks(group)]),
      );
      const routes: RouteConfig[] = [];
      await blog.contentLoaded!({
        ...args,
        actions: { ...actions, addRoute: (r) => routes.push(r) },
      });
      const posts = new Map(content.blogPosts.map((post) => [post.metadata.source, post]));
      // Written side by side, added in the blog's order.
      const finished = await Promise.all(
        routes.map(async (route) => {
          const dated = withListingDate(route, listingDate(route, listing));
          const listed = await withListItemsModule(dated, posts, (name, data) =>
            actions.createData(name, data),
          );
          return slimArchive(withFeedLinks(listed, feeds));
        }),
      );
      for (const route of finished) actions.addRoute(route);
      const home = homeData(content, { blogPath, tagsPath: content.blogTagsListPath });
      actions.addRoute(
        withListingDate(
          {
            path: baseUrl,
            component: '@site/src/components/HomePage',
            exact: true,
            modules: { home: await actions.createData('home.json', JSON.stringify(home)) },
          },
          home.latest[0] ? new Date(home.latest[0].date) : undefined,
        ),
      );
      const data: BlogGlobalData = siteImage
        ? {
            siteImage: {
              width: SOCIAL_WIDTH,
              height: SOCIAL_HEIGHT,
              type: 'image/png',
              alt: options.siteCard!.alt,
            },
          }
        : {};
      actions.setGlobalData(data);
    },

    // The blog's translation spreads the content, so `images` stays.
    translateContent: blog.translateContent as Plugin<BlogModelContent>['translateContent'],

    injectHtmlTags({ content }) {
      return { headTags: siteFeedTags(feedGroups(content, options.feeds, blogBasePath), baseUrl) };
    },
  };
};

type BlogValidation = Parameters<typeof validateOptions>[0];

/**
 * Docusaurus validates a function plugin's options with its `validateOptions`,
 * typed generically: the blog's own validation, keeping our own options.
 */
function validateBlogOptions<T, U>(args: OptionValidationContext<T, U>): U {
  const all = (args.options ?? {}) as Record<string, unknown>;
  const own = Object.fromEntries(OWN_OPTIONS.map((key) => [key, all[key]]));
  const blogOptions = Object.fromEntries(
    Object.entries(all).filter(([key]) => !(OWN_OPTIONS as readonly string[]).includes(key)),
  );
  const validated = validateOptions({
    validate: args.validate as unknown as BlogValidation['validate'],
    options: blogOptions as BlogValidation['options'],
  });
  return { ...validated, ...own } as unknown as U;
}
blogPlugin.validateOptions = validateBlogOptions;

// The site config types a plugin's content as `unknown`; Docusaurus hands each
// plugin back its own content, so the narrower type is safe.
export default blogPlugin as PluginModule;
