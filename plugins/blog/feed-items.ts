/**
 * Feed items for the blog's feeds (./feeds.ts), site-wide and per tag and
 * author alike:
 *
 * - the full content from the built page, with every URL in it absolute
 *   (`href`, `src`, `poster` and each candidate of `srcset`, also on the
 *   `<source>` elements of `<picture>`, which Docusaurus' default leaves
 *   relative);
 * - the post's social image (`extras.social`) as the item image, and its
 *   authors and tags;
 * - titles, descriptions, tag labels and author names as text in every
 *   format (`forFormat`), whatever markup an author typed into them.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { BlogFeedItem, BlogPost } from '@docusaurus/plugin-content-blog';
import type { DocusaurusConfig } from '@docusaurus/types';
import { readOutputHTMLFile } from '@docusaurus/utils';
import { blogPostContainerID } from '@docusaurus/utils-common';
import type { CheerioAPI } from 'cheerio';
import type { Enclosure } from 'feed/lib/typings';
import { cdataSafeHtml, escapeHtml, htmlSafeText, safeLinkUrl } from '../../src/lib/plain-text';
import { nativeRequire } from '../lib/native-require';
import { postExtras } from './model';

const { load } = nativeRequire<typeof import('cheerio')>('cheerio');

/** Makes a (possibly relative) URL absolute against `base`; leaves `mailto:` etc. alone. */
export function toAbsolute(url: string, base: string): string {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return new URL(trimmed, base).toString();
  try {
    return new URL(trimmed, base).toString();
  } catch {
    return trimmed;
  }
}

/** Rewrites each candidate URL in a `srcset` value. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url, ...descriptors] = candidate.split(/\s+/);
      return [toAbsolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

/** Makes every URL attribute below `root` absolute. */
export function absolutizeUrls($: CheerioAPI, rootSelector: string, base: string): void {
  const root = $(rootSelector);
  for (const name of ['href', 'src', 'poster', 'cite', 'data']) {
    root.find(`[${name}]`).each((_, el) => {
      const value = $(el).attr(name);
      if (value !== undefined) $(el).attr(name, toAbsolute(value, base));
    });
  }
  root.find('[srcset]').each((_, el) => {
    const value = $(el).attr('srcset');
    if (value) $(el).attr('srcset', absoluteSrcset(value, base));
  });
}

export interface FeedItemsContext {
  siteConfig: DocusaurusConfig;
  outDir: string;
}

/** `https://site` + `/path`, without doubled slashes. */
export function absoluteUrl(siteUrl: string, pathname: string): string {
  return new URL(pathname, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/** Absolute URL of a post, honouring the site's trailing-slash setting. */
export function postUrl(siteConfig: DocusaurusConfig, permalink: string): string {
  const url = absoluteUrl(siteConfig.url, permalink);
  if (siteConfig.trailingSlash === true && !url.endsWith('/')) return `${url}/`;
  if (siteConfig.trailingSlash === false && url.endsWith('/') && permalink !== '/') {
    return url.slice(0, -1);
  }
  return url;
}

/**
 * An item image for the `feed` library, right in every format: RSS turns the
 * object into `<enclosure url length type>` (its own properties are spread,
 * so the size and MIME type are the real ones), while JSON Feed, whose
 * `image` must be a URL string, copies the object as it is into the JSON:
 * the non-enumerable `toJSON` makes `JSON.stringify` write the URL there.
 */
export function feedImage(url: string, type: string, length: number): Enclosure {
  const enclosure: Enclosure = { url, type, length };
  Object.defineProperty(enclosure, 'toJSON', { value: () => url, enumerable: false });
  return enclosure;
}

/** The feed item for one published post, from its built page and its extras. */
export async function createFeedItem(post: BlogPost, ctx: FeedItemsContext): Promise<BlogFeedItem> {
  const { siteConfig, outDir } = ctx;
  const { metadata } = post;
  const html = await readOutputHTMLFile(
    metadata.permalink.replace(siteConfig.baseUrl, ''),
    outDir,
    siteConfig.trailingSlash,
  );
  const $ = load(html);
  const link = postUrl(siteConfig, metadata.permalink);
  const container = `#${blogPostContainerID}`;
  absolutizeUrls($, container, link);
  const { description, social } = postExtras(post);
  // Published by the post-build step before the feeds (plugins/post-build/images.ts).
  const { size } = await stat(path.join(outDir, social.url));
  const item: BlogFeedItem = {
    title: metadata.title,
    id: link,
    link,
    date: new Date(metadata.date),
    published: new Date(metadata.date),
    description,
    content: $(container).html() ?? '',
    image: feedImage(
      absoluteUrl(siteConfig.url, siteConfig.baseUrl + social.url.replace(/^\//, '')),
      social.type,
      size,
    ),
    // Atom needs `term`, RSS and JSON Feed read `name`.
    category: metadata.tags.map((tag) => ({ name: tag.label, term: tag.label })),
  };
  const authors = metadata.authors
    .filter((author) => author.name)
    .map((author) => ({
      name: author.name,
      link: author.page
        ? absoluteUrl(siteConfig.url, author.page.permalink)
        : safeLinkUrl(author.url ?? undefined),
    }));
  // feed's JSON Feed writer reads the first author and fails on an empty list.
  if (authors.length > 0) item.author = authors;
  return item;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/**
 * Element text for the `feed` package's XML writer (xml-js), which turns
 * every `&amp;` in a text into `&` before it escapes the text ("to avoid
 * double escaping"), so a name that says `&amp;` would lose it. Doubled
 * here, it comes out as written. Attribute values and CDATA are left alone
 * by xml-js.
 */
function xmlJsText(text: string): string {
  return text.replace(/&amp;/g, '&amp;amp;');
}

/**
 * A feed's own title or description, for one format: RSS readers may show
 * it as HTML ({@link htmlSafeText}); Atom's (no `type`) and JSON Feed's are
 * plain text.
 */
export function feedText(text: string, format: FeedFormat): string {
  if (format === 'json') return text;
  return xmlJsText(format === 'rss' ? htmlSafeText(text) : text);
}

/**
 * An item as one format needs it. The `feed` package copies text into each
 * format as it is: raw into RSS CDATA and into Atom elements it marks
 * `type="html"`, so a reader would render an author's `<b>` (or worse) as
 * HTML, and an Atom category label with `&` or `<` would not even be
 * well-formed XML (it escapes no attribute but for `"`). Here each field is
 * made text for its format:
 *
 * - Atom: title and summary are HTML (`type="html"`): escaped HTML. Category
 *   labels are attributes: escaped. Author names are element text.
 * - RSS: the description is HTML: escaped HTML. Title, categories and
 *   authors are text that many readers show as HTML: {@link htmlSafeText}.
 * - JSON Feed: `title`, `summary` and `tags` are plain text by the spec: as is.
 *
 * The content is the built page's HTML in all three, with every `]]>`
 * written so that it cannot end the CDATA section around it.
 */
export function forFormat(item: BlogFeedItem, format: FeedFormat): BlogFeedItem {
  if (format === 'json') return item;
  const atom = format === 'atom';
  const text = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : atom ? escapeHtml(value) : htmlSafeText(value);
  return {
    ...item,
    title: atom ? escapeHtml(item.title) : htmlSafeText(item.title),
    description: item.description === undefined ? undefined : escapeHtml(item.description),
    content: item.content === undefined ? undefined : cdataSafeHtml(item.content),
    // Atom writes name and term as attributes, RSS the name as element text.
    category: item.category?.map((category) => ({
      ...category,
      name: atom ? text(category.name) : xmlJsText(text(category.name) ?? ''),
      term: text(category.term),
    })),
    // Atom's author name is element text; RSS names authors in <dc:creator> (./rss.ts).
    author: item.author?.map((author) => ({
      ...author,
      name: author.name === undefined ? undefined : atom ? xmlJsText(author.name) : author.name,
    })),
  };
}
