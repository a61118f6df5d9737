/**
 * Helpers for the reading-experience build tests: the blog's drafts from
 * their sources, the post pages of a build and the URLs in a piece of HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { ROOT, walk } from './helpers';
import { sitemapPaths } from '../support/sitemap';

export const SITE_URL = 'https://developer.overheid.nl';
export const BUILDS = [
  ['production', path.join(ROOT, 'build')],
  ['preview', path.join(ROOT, 'build-preview')],
] as const;

/** Post page paths (`/blog/2024/12/31/slug`) listed in a build's sitemap. */
export function postPaths(buildDir: string): string[] {
  // From the built files, not the sitemap: drafts in the preview build carry
  // `noindex`, so the sitemap leaves them out, yet they are posts to check.
  const blog = path.join(buildDir, 'blog');
  return walk(blog)
    .map((f) => '/' + path.relative(buildDir, f).replace(/\.html$/, ''))
    .filter((p) => /^\/blog\/\d{4}\/\d{2}\/\d{2}\/[^/]+$/.test(p))
    .sort();
}

/** The HTML of a page of a build, by URL path. */
export function page(buildDir: string, urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(path.join(buildDir, `${urlPath}.html`), 'utf8'));
}

/** A build file for an absolute or root-relative URL of the site. */
export function fileForUrl(buildDir: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url, SITE_URL).pathname);
  return path.join(buildDir, pathname);
}

/** Slugs of posts with `draft: true` in their source: they must never be in a feed. */
export async function draftSlugs(): Promise<string[]> {
  const slugs: string[] = [];
  for (const file of walk(path.join(ROOT, 'blog')).filter((f) => /\.mdx?$/.test(f))) {
    const { frontMatter } = await DEFAULT_PARSE_FRONT_MATTER({
      filePath: file,
      fileContent: readFileSync(file, 'utf8'),
    });
    if (frontMatter.draft === true) {
      const slug =
        typeof frontMatter.slug === 'string'
          ? frontMatter.slug.replace(/^.*\//, '')
          : path
              .basename(file)
              .replace(/\.mdx?$/, '')
              .replace(/^\d{1,2}-/, '');
      slugs.push(slug);
    }
  }
  return slugs;
}

/** What the blog's sources say about each post: draft or not, its tag and author keys. */
export interface PostSource {
  file: string;
  draft: boolean;
  tags: string[];
  authors: string[];
}

/** Every post in blog/, from its front matter. */
export async function postSources(): Promise<PostSource[]> {
  const list = (value: unknown): string[] =>
    Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  const posts: PostSource[] = [];
  for (const file of walk(path.join(ROOT, 'blog')).filter((f) => /\.mdx?$/.test(f))) {
    const { frontMatter } = await DEFAULT_PARSE_FRONT_MATTER({
      filePath: file,
      fileContent: readFileSync(file, 'utf8'),
    });
    posts.push({
      file: path.relative(ROOT, file),
      draft: frontMatter.draft === true,
      tags: list(frontMatter.tags),
      authors: list(frontMatter.authors),
    });
  }
  return posts;
}

/** Keys (tags or authors) that drafts use and no published post does. */
export function draftOnlyKeys(posts: readonly PostSource[], field: 'tags' | 'authors'): string[] {
  const published = new Set(posts.filter((p) => !p.draft).flatMap((p) => p[field]));
  const inDrafts = new Set(posts.filter((p) => p.draft).flatMap((p) => p[field]));
  return [...inDrafts].filter((key) => !published.has(key)).sort();
}

/** Every URL an HTML fragment refers to: href, src, poster, cite and srcset candidates. */
export function urlsIn(html: string): string[] {
  const $ = cheerio.load(html);
  const urls: string[] = [];
  for (const name of ['href', 'src', 'poster', 'cite']) {
    $(`[${name}]`).each((_, el) => {
      urls.push($(el).attr(name) ?? '');
    });
  }
  $('[srcset]').each((_, el) => {
    for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  });
  return urls;
}

/** True for an absolute http(s) URL (or a mailto:/tel: link, which has no base). */
export function isAbsolute(url: string): boolean {
  return /^(https?:\/\/[^/]+\/|mailto:|tel:)/.test(url);
}
