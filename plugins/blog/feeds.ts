/**
 * The blog's feeds, each as RSS 2.0, Atom and JSON Feed: the site-wide ones
 * (`/blog/rss.xml|atom.xml|feed.json`) and one per tag and per author
 * (`/blog/tags/{tag}/…`, `/blog/authors/{key}/…`). Only tags and authors with
 * published posts get feeds; drafts and unlisted posts are in none
 * (`isPublic`, src/lib/visibility.ts).
 *
 * The blog plugin's own feeds are switched off (`feedOptions.type: null`):
 * they would take the preview build's drafts (published there), and the
 * site-wide feed alone. One code path for all feeds keeps them alike (Atom
 * self links, item images).
 *
 * The groups come from the blog's loaded content and each post's `extras`,
 * so tags, authors, permalinks and visibility are exactly the blog's own.
 * plugins/blog puts each tag and author page's feed links into that page's
 * props (`feedLinks`), the site-wide ones into every page's head. The files
 * are written after the build, from the built pages, by `writeFeeds` (a step
 * of plugins/post-build). RSS items name their authors with `<dc:creator>`
 * (./rss.ts), as Atom and JSON Feed do with their own author fields.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlogContent, BlogPost } from '@docusaurus/plugin-content-blog';
import type { DocusaurusConfig, HtmlTagObject } from '@docusaurus/types';
import { Feed } from 'feed';
import { isPublic } from '../../src/lib/visibility';
import { htmlSafeText } from '../../src/lib/plain-text';
import {
  absoluteUrl,
  createFeedItem,
  feedText,
  forFormat,
  postUrl,
  type FeedFormat,
  type FeedItemsContext,
} from './feed-items';
import { postExtras } from './model';
import { addCreators } from './rss';
import type { FeedLinks } from './types';

export interface FeedSettings {
  /** Title of the site-wide feed; a tag's or author's name is appended. */
  title: string;
  description: string;
  copyright: string;
  language: string;
  /**
   * Posts per feed, newest first (default FEED_LIMIT). A feed is for what is
   * new: readers poll it often, and with every post in full the site feed of
   * a blog of 1,000 posts would be megabytes, rebuilt from every page.
   */
  limit?: number;
}

/** Docusaurus' own default for its blog feeds. */
export const FEED_LIMIT = 20;

export interface FeedGroup {
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
  options: Pick<FeedSettings, 'title' | 'description' | 'limit'>,
  blogBasePath: string,
): FeedGroup[] {
  const published = content.blogPosts.filter((post) => isPublic(postExtras(post).visibility));
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

/** The feed URLs of a group. */
export function feedLinks(group: FeedGroup): FeedLinks {
  const base = group.permalink.replace(/\/$/, '');
  return {
    title: group.title,
    rss: `${base}/${FEED_FILES.rss}`,
    atom: `${base}/${FEED_FILES.atom}`,
    json: `${base}/${FEED_FILES.json}`,
  };
}

/** `<link rel="alternate">` for the site-wide feeds, on every page (as the blog plugin's own would be). */
export function siteFeedTags(groups: readonly FeedGroup[], baseUrl: string): HtmlTagObject[] {
  const site = groups.find((g) => g.site);
  if (!site) return [];
  const links = feedLinks(site);
  const tag = (type: string, href: string, format: string): HtmlTagObject => ({
    tagName: 'link',
    attributes: {
      rel: 'alternate',
      type,
      href: baseUrl + href.replace(/^\//, ''),
      title: `${site.title} ${format} Feed`,
    },
  });
  return [
    tag('application/rss+xml', links.rss, 'RSS'),
    tag('application/atom+xml', links.atom, 'Atom'),
    tag('application/json', links.json, 'JSON'),
  ];
}

/** Writes every feed of `groups` into `outDir`, each item from its post's built page. */
export async function writeFeeds(
  groups: readonly FeedGroup[],
  settings: Pick<FeedSettings, 'language' | 'copyright'>,
  { siteConfig, outDir }: { siteConfig: DocusaurusConfig; outDir: string },
): Promise<number> {
  const ctx: FeedItemsContext = { siteConfig, outDir };
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
          language: settings.language,
          copyright: settings.copyright,
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
  return items.size;
}
