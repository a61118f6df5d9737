/**
 * The blog's feeds, each as RSS 2.0, Atom and JSON Feed: the site-wide ones
 * (`/blog/rss.xml|atom.xml|feed.json`) and one per tag and per author
 * (`/blog/tags/{tag}/…`, `/blog/authors/{key}/…`). Only tags and authors with
 * published posts get feeds; drafts (also the preview build's) are in none.
 *
 * The blog plugin's own feeds are switched off (`feedOptions.type: null`):
 * it leaves the preview build's drafts in (they are not `draft: true` there),
 * and even with its `createFeedItems` filtering them out, the feed's
 * `updated` date would still be a draft's. One code path for all feeds also
 * keeps them alike (Atom self links, item images).
 *
 * The posts come from the blog plugin's loaded content (`allContentLoaded`),
 * so tags, authors, permalinks and the draft/unlisted state are exactly the
 * blog's own, without reading the Markdown a second time. The items are made
 * in `postBuild` from the built pages, as the site-wide feeds are, with the
 * same `createFeedItem`. RSS items name their authors with `<dc:creator>`
 * (`./rss.ts`), as Atom and JSON Feed do with their own author fields.
 *
 * Each tag and author page advertises its feeds with `<link rel="alternate">`
 * through the theme wrappers in `./theme`, which read this plugin's global
 * data: the feed URLs by page permalink.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlogContent, BlogPost } from '@docusaurus/plugin-content-blog';
import type { HtmlTagObject, LoadContext, Plugin } from '@docusaurus/types';
import { Feed } from 'feed';
import { absoluteUrl, BLOG_PLUGIN_NAME, isPublishedPost } from '../blog-posts';
import type { SocialImageContext } from '../blog-seo/socialImage';
import {
  createFeedItem,
  feedText,
  forFormat,
  postUrl,
  type FeedFormat,
  type FeedItemsContext,
} from './feedItems';
import { htmlSafeText } from '../../src/lib/plain-text';
import { addCreators } from './rss';

export const PLUGIN_NAME = 'blog-feeds';

export interface BlogFeedsOptions {
  /** Title of the site-wide feed; a tag's or author's name is appended. */
  title: string;
  description: string;
  copyright: string;
  language: string;
  social: SocialImageContext;
  /**
   * Posts per feed, newest first (default FEED_LIMIT). A feed is for what is
   * new: readers poll it often, and with every post in full the site feed of
   * a blog of 1,000 posts would be megabytes, rebuilt from every page.
   */
  limit?: number;
}

/** Docusaurus' own default for its blog feeds. */
export const FEED_LIMIT = 20;

/** The three feeds of one tag or author page, as URL paths. */
export interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
  json: string;
}

/** Global data: feeds by the permalink of the page that advertises them. */
export interface BlogFeedsGlobalData {
  feeds: Record<string, FeedLinks>;
}

interface FeedGroup {
  /** Permalink of the tag or author page, and the folder of its feeds. */
  permalink: string;
  title: string;
  description: string;
  posts: BlogPost[];
  /** The site-wide feed, advertised on every page rather than on one. */
  site?: boolean;
}

export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;

/** The site, and tags and authors with at least one published post, each with its newest posts. */
export function feedGroups(
  content: BlogContent,
  options: Pick<BlogFeedsOptions, 'title' | 'description' | 'limit'>,
  blogBasePath: string,
): FeedGroup[] {
  const published = content.blogPosts.filter(isPublishedPost);
  const groups = new Map<string, FeedGroup>();
  if (published.length > 0) {
    groups.set(blogBasePath, {
      permalink: blogBasePath.replace(/(.)\/$/, '$1'),
      title: options.title,
      description: options.description,
      posts: published,
      site: true,
    });
  }
  const add = (permalink: string, title: string, description: string, post: BlogPost): void => {
    let group = groups.get(permalink);
    if (!group) {
      group = { permalink, title, description, posts: [] };
      groups.set(permalink, group);
    }
    group.posts.push(post);
  };
  for (const post of published) {
    for (const tag of post.metadata.tags) {
      add(
        tag.permalink,
        `${options.title}: ${tag.label}`,
        tag.description ?? `Artikelen over ${tag.label}.`,
        post,
      );
    }
    for (const author of post.metadata.authors) {
      if (!author.key || !author.name) continue;
      const permalink =
        author.page?.permalink ?? `${blogBasePath.replace(/\/$/, '')}/authors/${author.key}`;
      add(
        permalink,
        `${options.title}: ${author.name}`,
        author.title
          ? `Artikelen van ${author.name}, ${author.title}.`
          : `Artikelen van ${author.name}.`,
        post,
      );
    }
  }
  // The blog plugin lists posts newest first, so each group is newest first too.
  const limit = options.limit ?? FEED_LIMIT;
  return [...groups.values()].map((group) => ({ ...group, posts: group.posts.slice(0, limit) }));
}

function feedLinks(group: FeedGroup): FeedLinks {
  const base = group.permalink.replace(/\/$/, '');
  return {
    title: group.title,
    rss: `${base}/${FEED_FILES.rss}`,
    atom: `${base}/${FEED_FILES.atom}`,
    json: `${base}/${FEED_FILES.json}`,
  };
}

export default function blogFeedsPlugin(context: LoadContext, options: BlogFeedsOptions): Plugin {
  const { siteConfig } = context;
  let groups: FeedGroup[] = [];

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      const blog = allContent[BLOG_PLUGIN_NAME]?.default as BlogContent | undefined;
      groups = blog ? feedGroups(blog, options, options.social.blogBasePath) : [];
      const data: BlogFeedsGlobalData = {
        feeds: Object.fromEntries(
          groups.filter((g) => !g.site).map((g) => [g.permalink, feedLinks(g)]),
        ),
      };
      actions.setGlobalData(data);
    },

    injectHtmlTags() {
      // The site-wide feeds on every page, as the blog plugin would do.
      const site = groups.find((g) => g.site);
      if (!site) return {};
      const links = feedLinks(site);
      const tag = (type: string, href: string, format: string): HtmlTagObject => ({
        tagName: 'link',
        attributes: {
          rel: 'alternate',
          type,
          href: siteConfig.baseUrl + href.replace(/^\//, ''),
          title: `${site.title} ${format} Feed`,
        },
      });
      return {
        headTags: [
          tag('application/rss+xml', links.rss, 'RSS'),
          tag('application/atom+xml', links.atom, 'Atom'),
          tag('application/json', links.json, 'JSON'),
        ],
      };
    },

    async postBuild({ outDir }) {
      const ctx: FeedItemsContext = { siteConfig, outDir, social: options.social };
      const items = new Map<string, ReturnType<typeof createFeedItem>>();
      const itemOf = (post: BlogPost): ReturnType<typeof createFeedItem> => {
        let item = items.get(post.metadata.permalink);
        if (!item) {
          item = createFeedItem(post, ctx);
          items.set(post.metadata.permalink, item);
        }
        return item;
      };
      const favicon = siteConfig.favicon
        ? absoluteUrl(siteConfig.url, siteConfig.baseUrl + siteConfig.favicon)
        : undefined;
      await Promise.all(
        groups.map(async (group) => {
          const links = feedLinks(group);
          const pageUrl = postUrl(siteConfig, group.permalink);
          const posts = await Promise.all(group.posts.map(itemOf));
          // One feed object per format: each gets its text escaped for that
          // format (`feedText`, `forFormat`).
          const feedOf = (format: FeedFormat): Feed => {
            const feed = new Feed({
              id: pageUrl,
              link: pageUrl,
              title: feedText(group.title, format),
              description: feedText(group.description, format),
              language: options.language,
              copyright: options.copyright,
              favicon,
              updated: new Date(group.posts[0].metadata.date),
              feedLinks: {
                rss: absoluteUrl(siteConfig.url, links.rss),
                atom: absoluteUrl(siteConfig.url, links.atom),
                json: absoluteUrl(siteConfig.url, links.json),
              },
            });
            for (const item of posts) feed.addItem(forFormat(item, format));
            return feed;
          };
          // RSS names the authors with <dc:creator> (see ./rss.ts).
          const creators = posts.map((item) =>
            (item.author ?? []).map((author) => htmlSafeText(author.name ?? '')).filter(Boolean),
          );
          const dir = path.join(outDir, group.permalink.replace(siteConfig.baseUrl, ''));
          await mkdir(dir, { recursive: true });
          await Promise.all([
            writeFile(path.join(dir, FEED_FILES.rss), addCreators(feedOf('rss').rss2(), creators)),
            writeFile(path.join(dir, FEED_FILES.atom), feedOf('atom').atom1()),
            writeFile(path.join(dir, FEED_FILES.json), feedOf('json').json1()),
          ]);
        }),
      );
    },
  };
}
