/**
 * What the check needs to know about the whole site: every post and
 * kennisbank page with the URL Docusaurus gives it and the anchors on it,
 * the other routes (pages, static files, blog listings) and the author and
 * tag keys. URLs follow the rules of @docusaurus/plugin-content-blog and
 * plugin-content-docs as configured in docusaurus.config.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

import { LineCounter, isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml';

import { isUnsafeUrl } from '../../src/mdx/safety';
import { findMarkup } from '../../src/lib/plain-text';
import { markupPosition, plainTextMessage } from './checks/plain-text';
import { checkFields } from './checks/fields';
import { yamlErrorText } from './checks/registry';

import type { FileAnalysis, FileTask } from './analyze';
import { problem, type Problem } from './rules';
import {
  AUTHOR_FIELDS,
  AUTHOR_TYPES,
  AUTHOR_TYPE_LABELS,
  TAG_TEXT_FIELDS,
  type AuthorFieldSpec,
} from './schema';
import { inLists, visibilityOf } from '../../src/lib/visibility';

export interface SiteLayout {
  /** Absolute path of the site root (where docusaurus.config.ts lives). */
  rootDir: string;
  /** Directories relative to rootDir. */
  blogDir: string;
  docsDir: string;
  staticDir: string;
  pagesDir: string;
  authorsFile: string;
  tagsFile: string;
  blogRoute: string;
  docsRoute: string;
  postsPerPage: number;
}

export const DEFAULT_LAYOUT: Omit<SiteLayout, 'rootDir'> = {
  blogDir: 'blog',
  docsDir: 'docs',
  staticDir: 'static',
  pagesDir: 'src/pages',
  authorsFile: 'blog/authors.yml',
  tagsFile: 'blog/tags.yml',
  blogRoute: '/blog',
  docsRoute: '/kennisbank',
  postsPerPage: 12,
};

/** A post or page with what the site makes of it. */
export interface ContentFile extends FileAnalysis {
  permalink: string;
  draft: boolean;
  anchorSet: Set<string>;
}

export interface KeyFile {
  keys: Map<string, Record<string, unknown>>;
  problems: Problem[];
}

export interface SiteIndex {
  layout: SiteLayout;
  files: ContentFile[];
  byAbsolutePath: Map<string, ContentFile>;
  /** Route → the content file behind it (posts and pages). */
  contentRoutes: Map<string, ContentFile[]>;
  /** Routes without a content file: listings, pages, static files. */
  otherRoutes: Set<string>;
  authors: KeyFile;
  tags: KeyFile;
}

const MARKDOWN = /\.mdx?$/;

/** Files Docusaurus ignores: partials (`_x.md`, `_dir/`) and tests. */
function isIgnored(relative: string): boolean {
  return (
    relative.split('/').some((segment) => segment.startsWith('_')) ||
    /\.test\.|__tests__/.test(relative)
  );
}

function listFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) {
    return [];
  }
  return (fs.readdirSync(directory, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(directory, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
}

/** Joins URL parts, collapsing slashes, without a trailing slash. */
export function normalizeRoute(route: string): string {
  const joined = `/${route}`.replace(/\/{2,}/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

const BLOG_FILE_NAME =
  /^(?<folder>.*)(?<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?<text>.*?)(?:\/index)?\.mdx?$/;

/** The URL of a blog post, as @docusaurus/plugin-content-blog computes it. */
export function blogPermalink(contentPath: string, slug: unknown, blogRoute: string): string {
  if (typeof slug === 'string' && slug !== '') {
    return normalizeRoute(`${blogRoute}/${slug}`);
  }
  const match = BLOG_FILE_NAME.exec(contentPath);
  if (match?.groups) {
    const { folder, date, text } = match.groups;
    return normalizeRoute(`${blogRoute}/${date.replace(/-/g, '/')}/${folder}${text}`);
  }
  return normalizeRoute(`${blogRoute}/${contentPath.replace(/(?:\/index)?\.mdx?$/, '')}`);
}

const NUMBER_PREFIX = /^(?<prefix>\d+)\s*[-_.]+\s*(?<suffix>[^-_.\s].*)$/;

function stripNumberPrefix(segment: string): string {
  return NUMBER_PREFIX.exec(segment)?.groups?.suffix ?? segment;
}

/** The URL of a docs page, as @docusaurus/plugin-content-docs computes it. */
export function docsPermalink(
  contentPath: string,
  frontMatter: Record<string, unknown>,
  docsRoute: string,
): string {
  const segments = contentPath.replace(MARKDOWN, '').split('/').map(stripNumberPrefix);
  const base = segments.pop() ?? '';
  const directory = segments.join('/');
  const slug = frontMatter.slug;
  if (typeof slug === 'string' && slug !== '') {
    return normalizeRoute(`${docsRoute}/${slug.startsWith('/') ? slug : `${directory}/${slug}`}`);
  }
  const isCategoryIndex =
    /^(index|readme)$/i.test(base) ||
    (segments.length > 0 && base.toLowerCase() === segments.at(-1)?.toLowerCase());
  if (isCategoryIndex) {
    return normalizeRoute(`${docsRoute}/${directory}`);
  }
  const id = typeof frontMatter.id === 'string' ? frontMatter.id : base;
  return normalizeRoute(`${docsRoute}/${directory}/${id}`);
}

function hasAuthorType(field: AuthorFieldSpec, value: unknown): boolean {
  switch (field.type) {
    case 'text':
    case 'url':
      return typeof value === 'string' && value.trim() !== '';
    case 'boolean':
      return typeof value === 'boolean';
    case 'socials':
      return (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((account) => typeof account === 'string')
      );
    case 'author-type':
      return typeof value === 'string' && Object.hasOwn(AUTHOR_TYPES, value);
    default:
      return false;
  }
}

type Position = (node: Node | null | undefined) => { line: number; column: number } | undefined;

/** The fields of one author in authors.yml against the schema (AUTHOR_FIELDS). */
function checkAuthor(
  key: string,
  author: Record<string, unknown>,
  nodeOf: (field?: string) => Node | null | undefined,
  position: Position,
  relative: string,
): Problem[] {
  return checkFields({
    rule: 'auteur-veld',
    relative,
    subject: `Auteur ${key}`,
    schema: AUTHOR_FIELDS,
    written: Object.entries(author).map(([name, value]) => ({
      name,
      value,
      position: position(nodeOf(name)),
    })),
    misfit: (field, value) =>
      hasAuthorType(field, value) ? undefined : `moet ${AUTHOR_TYPE_LABELS[field.type]} zijn.`,
    entryPosition: position(nodeOf()),
  }).problems;
}

/** The value node of `field` in an author's or tag's map. */
function fieldNode(map: YAMLMap, field: string): Node | undefined {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === field);
  return (pair?.value as Node | null | undefined) ?? undefined;
}

const AUTHOR_URL_FIELDS = ['url', 'image_url'];

/**
 * Plain text (rule `html-in-tekst`) in the text fields of an author or tag,
 * and (rule `url-onveilig`) no script URLs in an author's links.
 */
function checkKeyFileText(
  kind: 'authors' | 'tags',
  key: string,
  map: YAMLMap,
  text: string,
  lineCounter: LineCounter,
  relative: string,
): Problem[] {
  const problems: Problem[] = [];
  const textFields =
    kind === 'authors'
      ? AUTHOR_FIELDS.filter((field) => field.plainText).map((field) => field.key)
      : TAG_TEXT_FIELDS;
  const subject = kind === 'authors' ? `Auteur ${key}` : `Tag ${key}`;
  for (const field of textFields) {
    const node = fieldNode(map, field);
    if (!isScalar(node) || typeof node.value !== 'string' || findMarkup(node.value) < 0) continue;
    problems.push(
      problem(
        'html-in-tekst',
        relative,
        markupPosition(text, node, lineCounter),
        plainTextMessage(`${subject}: ${field}`, node.value),
      ),
    );
  }
  if (kind === 'authors') {
    const links: Array<[string, Node | undefined]> = AUTHOR_URL_FIELDS.map((field) => [
      field,
      fieldNode(map, field),
    ]);
    const socials = fieldNode(map, 'socials');
    if (isMap(socials)) {
      for (const pair of socials.items) {
        if (isScalar(pair.key)) {
          links.push([
            `socials.${String(pair.key.value)}`,
            (pair.value as Node | null) ?? undefined,
          ]);
        }
      }
    }
    for (const [field, node] of links) {
      if (!isScalar(node) || typeof node.value !== 'string' || !isUnsafeUrl(node.value)) continue;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      problems.push(
        problem(
          'url-onveilig',
          relative,
          { line, column: col },
          `${subject}: ${field} is een adres dat code uitvoert (${node.value.trim().split(':')[0]}:). Gebruik een gewoon webadres dat met https:// begint.`,
        ),
      );
    }
  }
  return problems;
}

function readKeyFile(layout: SiteLayout, relative: string, kind: 'authors' | 'tags'): KeyFile {
  const keys = new Map<string, Record<string, unknown>>();
  const problems: Problem[] = [];
  const absolute = path.resolve(layout.rootDir, relative);
  if (!fs.existsSync(absolute)) {
    return { keys, problems };
  }
  const text = fs.readFileSync(absolute, 'utf8');
  const lineCounter = new LineCounter();
  // A key written twice is reported by checks/registry.ts (sleutel-dubbel).
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (document.errors.length > 0) {
    const [first] = document.errors;
    const { line, col } = lineCounter.linePos(first.pos[0]);
    problems.push(
      problem(
        'yaml-ongeldig',
        relative,
        { line, column: col },
        `${relative} is geen geldige YAML: ${yamlErrorText(first)}.`,
      ),
    );
    return { keys, problems };
  }
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = document.contents.get(key, false);
      const json = (
        value && typeof value === 'object' && 'toJSON' in value
          ? (value as { toJSON(): unknown }).toJSON()
          : {}
      ) as Record<string, unknown> | null;
      keys.set(key, json ?? {});
      if (kind === 'authors') {
        const position: Position = (node) => {
          const offset = node?.range?.[0];
          if (offset === undefined) return undefined;
          const { line, col } = lineCounter.linePos(offset);
          return { line, column: col };
        };
        const nodeOf = (field?: string): Node | null | undefined => {
          if (field === undefined) return pair.key as Node;
          if (!isMap(value)) return value as Node | null;
          const entry = value.items.find((item) => isScalar(item.key) && item.key.value === field);
          return (entry?.key as Node | undefined) ?? (value as Node);
        };
        problems.push(...checkAuthor(key, json ?? {}, nodeOf, position, relative));
      }
      if (isMap(value)) {
        problems.push(...checkKeyFileText(kind, key, value, text, lineCounter, relative));
      }
    }
  }
  return { keys, problems };
}

/** Every post and kennisbank page Docusaurus would build. */
export function discoverFiles(layout: SiteLayout): FileTask[] {
  const tasks: FileTask[] = [];
  for (const [kind, directory] of [
    ['blog', layout.blogDir],
    ['kennisbank', layout.docsDir],
  ] as const) {
    const absolute = path.join(layout.rootDir, directory);
    for (const contentPath of listFiles(absolute)) {
      if (MARKDOWN.test(contentPath) && !isIgnored(contentPath)) {
        tasks.push({
          kind,
          file: `${directory}/${contentPath}`.replace(/^\.\//, ''),
          absolutePath: path.join(absolute, contentPath),
          contentPath,
        });
      }
    }
  }
  return tasks;
}

/** Reads every post and kennisbank page and works out the site's routes. */
export function buildSiteIndex(layout: SiteLayout, analyses: readonly FileAnalysis[]): SiteIndex {
  const files: ContentFile[] = analyses.map((analysis) => ({
    ...analysis,
    permalink:
      analysis.kind === 'blog'
        ? blogPermalink(analysis.contentPath, analysis.frontMatter.data.slug, layout.blogRoute)
        : docsPermalink(analysis.contentPath, analysis.frontMatter.data, layout.docsRoute),
    draft: visibilityOf(
      analysis.frontMatter.data,
      analysis.kind === 'blog' ? `blog/${analysis.contentPath}` : undefined,
    ).draft,
    anchorSet: new Set(analysis.anchors),
  }));

  const contentRoutes = new Map<string, ContentFile[]>();
  const byAbsolutePath = new Map<string, ContentFile>();
  for (const file of files) {
    byAbsolutePath.set(file.absolutePath, file);
    const list = contentRoutes.get(file.permalink) ?? [];
    list.push(file);
    contentRoutes.set(file.permalink, list);
  }

  const authors = readKeyFile(layout, layout.authorsFile, 'authors');
  const tags = readKeyFile(layout, layout.tagsFile, 'tags');

  const otherRoutes = new Set<string>(['/', '/404.html', '/search']);
  const blog = layout.blogRoute;
  for (const route of [
    '',
    '/archive',
    '/tags',
    '/authors',
    '/rss.xml',
    '/atom.xml',
    '/feed.json',
  ]) {
    otherRoutes.add(normalizeRoute(`${blog}${route}`));
  }
  const published = files.filter((file) => file.kind === 'blog' && !file.draft);
  const listed = published.filter((file) => inLists(visibilityOf(file.frontMatter.data)));
  for (let page = 2; page <= Math.ceil(listed.length / layout.postsPerPage); page += 1) {
    otherRoutes.add(normalizeRoute(`${blog}/page/${page}`));
  }
  const usedTags = new Set<string>();
  for (const post of published) {
    const value = post.frontMatter.data.tags;
    for (const tag of Array.isArray(value) ? value : []) {
      usedTags.add(String(tag));
    }
  }
  for (const tag of usedTags) {
    const permalink = tags.keys.get(tag)?.permalink;
    otherRoutes.add(
      normalizeRoute(`${blog}/tags/${typeof permalink === 'string' ? permalink : tag}`),
    );
  }
  // As with tags, only authors a published post names get a page
  // (plugins/blog/authors.ts).
  const usedAuthors = new Set<string>();
  for (const post of published) {
    const value = post.frontMatter.data.authors;
    for (const author of Array.isArray(value) ? value : []) {
      usedAuthors.add(String(author));
    }
  }
  for (const [key, author] of authors.keys) {
    const hasPage = author.page === true || (author.page && typeof author.page === 'object');
    if (hasPage && usedAuthors.has(key)) {
      otherRoutes.add(normalizeRoute(`${blog}/authors/${key}`));
    }
  }
  for (const relative of listFiles(path.join(layout.rootDir, layout.staticDir))) {
    otherRoutes.add(normalizeRoute(relative));
  }
  for (const relative of listFiles(path.join(layout.rootDir, layout.pagesDir))) {
    if (!/\.(mdx?|[jt]sx?)$/.test(relative) || isIgnored(relative)) {
      continue;
    }
    const route = relative.replace(/\.(mdx?|[jt]sx?)$/, '').replace(/(^|\/)index$/, '');
    otherRoutes.add(normalizeRoute(route));
  }
  return { layout, files, byAbsolutePath, contentRoutes, otherRoutes, authors, tags };
}
