/**
 * The blog plugin of Docusaurus, with what its theme needs beyond the stock
 * metadata. It wraps `@docusaurus/plugin-content-blog` (same name, options
 * and routes) and:
 *
 * - gives posts without a `description` their first paragraph as one
 *   (`excerpt.ts`), instead of Docusaurus' first line;
 * - adds `extras` to each post's metadata, which Docusaurus writes into the
 *   post's data module, so the post page and every list of posts have it:
 *   the card image (cover or first image, cropped and compressed, see
 *   `covers.ts`) and up to three related posts (`related.ts`);
 * - adds the homepage route, with the latest posts and the most used tags as
 *   a data module (src/components/HomePage);
 * - leaves authors no post of the build names out of the authors map, so
 *   they get no author page and no place on the authors list (`authors.ts`);
 * - notes for the sitemap the date of the newest post each listing page
 *   shows (`lastmod.ts`);
 * - gives each list page one data module with its posts' metadata instead
 *   of a truncated copy of every post (`list-items.ts`).
 *
 * Why a wrapper: Docusaurus writes a post's metadata in the blog plugin's own
 * `contentLoaded`, so other plugins cannot add to it; and a page in
 * `src/pages` gets no data from a plugin.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import pluginContentBlog, { validateOptions } from '@docusaurus/plugin-content-blog';
import type { BlogContent, BlogPost, PluginOptions } from '@docusaurus/plugin-content-blog';
import type {
  LoadContext,
  OptionValidationContext,
  PluginModule,
  RouteConfig,
} from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { toCardData, type PostCardData, type PostExtras } from '../../src/components/PostCard/data';
import { isPublishedPost, postSlug } from '../blog-posts';
import { findPostImage } from '../blog-seo/socialImage';
import { authorsWithPosts } from './authors';
import { queueImageWork } from '../lib/image-queue';
import { cardCover, cardStaticDir } from './covers';
import { excerpt } from './excerpt';
import { withListItemsModule } from './list-items';
import { clearListingDates, listingContext, listingDate, recordListingDate } from './lastmod';
import { relatedPosts } from './related';

/** Posts and tags on the homepage. */
export const HOME_POSTS = 6;
export const HOME_TAGS = 8;

export interface HomeTag {
  label: string;
  permalink: string;
  description?: string;
  count: number;
}

/** The homepage's data module (src/components/HomePage). */
export interface HomeData {
  latest: PostCardData[];
  tags: HomeTag[];
  blogPath: string;
  tagsPath: string;
}

export interface BlogExtrasOptions {
  /** Static directories of the site, to resolve `/img/…` cover paths. */
  staticDirs: string[];
}

/** A post that lists may show: not unlisted (drafts are gone or published as preview drafts). */
function isListed(post: BlogPost): boolean {
  return post.metadata.unlisted !== true;
}

async function addExtras(
  content: BlogContent,
  context: LoadContext,
  options: BlogExtrasOptions,
): Promise<void> {
  for (const post of content.blogPosts) {
    if (typeof post.metadata.frontMatter.description !== 'string') {
      // Read-only in Docusaurus' types; this runs before anything reads it.
      Object.assign(post.metadata, {
        description: excerpt(post.content) ?? post.metadata.description,
      });
    }
  }
  const staticDir = cardStaticDir(context.siteDir);
  // Start empty, so images of removed posts do not linger in the build.
  await rm(staticDir, { recursive: true, force: true });
  await mkdir(staticDir, { recursive: true });
  const related = relatedPosts(
    content.blogPosts.map((post) => ({
      permalink: post.metadata.permalink,
      title: post.metadata.title,
      date: post.metadata.date,
      description: post.metadata.description,
      tags: post.metadata.tags,
      published: isPublishedPost(post),
    })),
  );
  const cacheDir = path.join(context.siteDir, 'node_modules', '.cache', 'blog-cards');
  await Promise.all(
    content.blogPosts.map(async (post) => {
      const image = findPostImage(post, {
        siteDir: context.siteDir,
        staticDirs: options.staticDirs,
      });
      const extras: PostExtras = {
        cover: image
          ? await queueImageWork(() =>
              cardCover(image.file, postSlug(post.metadata.permalink), {
                cacheDir,
                staticDir,
                baseUrl: context.baseUrl,
              }),
            )
          : undefined,
        related: related.get(post.metadata.permalink) ?? [],
      };
      // Docusaurus serializes the whole metadata object into the post's data module.
      Object.assign(post.metadata, { extras });
    }),
  );
}

function homeData(content: BlogContent, options: PluginOptions, baseUrl: string): HomeData {
  const listed = content.blogPosts.filter(isListed);
  const ids = new Set(listed.map((post) => post.id));
  const tags = Object.values(content.blogTags)
    .map((tag) => ({
      label: tag.label,
      permalink: tag.permalink,
      description: tag.description,
      count: tag.items.filter((id) => ids.has(id)).length,
    }))
    .filter((tag) => tag.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'))
    .slice(0, HOME_TAGS);
  return {
    // Docusaurus sorts blog posts newest first.
    latest: listed.slice(0, HOME_POSTS).map((post) => toCardData(post.metadata)),
    tags,
    blogPath: normalizeUrl([baseUrl, options.routeBasePath]),
    tagsPath: content.blogTagsListPath,
  };
}

const blogWithExtras: PluginModule<BlogContent> = async (context, rawOptions) => {
  // Validated by `validateWithExtras` below before Docusaurus calls us.
  const options = rawOptions as PluginOptions & BlogExtrasOptions;
  const blog = await pluginContentBlog(context, options);
  return {
    ...blog,

    async loadContent() {
      const content = await blog.loadContent!();
      await addExtras(content, context, options);
      if (content.authorsMap) {
        content.authorsMap = authorsWithPosts(content.authorsMap, content.blogPosts);
      }
      return content;
    },

    async contentLoaded(args) {
      const { content, actions } = args;
      const blogPath = normalizeUrl([context.baseUrl, options.routeBasePath]);
      const listing = listingContext(content, {
        archive: options.archiveBasePath ? normalizeUrl([blogPath, options.archiveBasePath]) : '',
        tags: content.blogTagsListPath,
        authors: normalizeUrl([blogPath, options.authorsBasePath]),
      });
      clearListingDates();
      // The blog's routes, each with the date of the newest post it shows
      // (./lastmod.ts), and list routes with one data module for their posts
      // instead of a truncated copy of each (./list-items.ts).
      const routes: RouteConfig[] = [];
      await blog.contentLoaded!({
        ...args,
        actions: {
          ...actions,
          addRoute(route) {
            recordListingDate(route.path, listingDate(route, listing));
            routes.push(route);
          },
        },
      });
      const posts = new Map(content.blogPosts.map((post) => [post.metadata.source, post]));
      // Written side by side, added in the blog's order.
      const finished = await Promise.all(
        routes.map((route) =>
          withListItemsModule(route, posts, (name, data) => actions.createData(name, data)),
        ),
      );
      for (const route of finished) actions.addRoute(route);
      const home = homeData(content, options, context.baseUrl);
      const data = await actions.createData('home.json', JSON.stringify(home));
      recordListingDate(
        context.baseUrl,
        home.latest[0] ? new Date(home.latest[0].date) : undefined,
      );
      actions.addRoute({
        path: context.baseUrl,
        component: '@site/src/components/HomePage',
        exact: true,
        modules: { home: data },
      });
    },
  };
};

type BlogValidation = Parameters<typeof validateOptions>[0];

/**
 * Docusaurus validates a function plugin's options with its `validateOptions`,
 * typed generically: the blog's own validation, keeping our extra option.
 */
function validateWithExtras<T, U>(args: OptionValidationContext<T, U>): U {
  const { staticDirs, ...blogOptions } = (args.options ?? {}) as Partial<BlogExtrasOptions>;
  const validated = validateOptions({
    validate: args.validate as unknown as BlogValidation['validate'],
    options: blogOptions as BlogValidation['options'],
  });
  return { ...validated, staticDirs } as unknown as U;
}
blogWithExtras.validateOptions = validateWithExtras;

// The site config types a plugin's content as `unknown`; Docusaurus hands each
// plugin back its own content, so the narrower type is safe.
export default blogWithExtras as PluginModule;
