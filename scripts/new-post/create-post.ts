/**
 * The logic of `npm run new-post`, free of any prompting so tests and
 * scripts can use it: validate the answers against blog/authors.yml and
 * blog/tags.yml, build the post and write it without ever overwriting, and
 * add a new author or tag to blog/authors.yml or blog/tags.yml without
 * touching any other entry.
 */
import fs from 'node:fs';
import path from 'node:path';

import { Document, isMap, parseDocument, type YAMLSeq } from 'yaml';

import { formatDate, parseDateText, todayInAmsterdam } from '../check-content/checks/dates';
import { DESCRIPTION_LENGTH } from '../check-content/schema';
import { closestKey } from '../check-content/suggest';

export interface PostInput {
  title: string;
  authors: string[];
  tags: string[];
  /** JJJJ-MM-DD; today (Amsterdam) when absent. */
  date?: string;
  draft: boolean;
  description?: string;
}

export interface NewAuthor {
  key: string;
  name: string;
  title?: string;
  socials?: Record<string, string>;
}

export interface BlogPaths {
  /** Site root. */
  rootDir: string;
  /** Blog directory relative to rootDir (default `blog`). */
  blogDir?: string;
}

/** Social links new-post asks for; Docusaurus shows them with an icon. */
export const AUTHOR_SOCIALS = ['website', 'linkedin', 'github', 'mastodon'] as const;

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL-safe slug of a Dutch title: "Één API's & jij" → "een-apis-en-jij". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) {
    return slug;
  }
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

function blogDirectory(paths: BlogPaths): string {
  return path.join(paths.rootDir, paths.blogDir ?? 'blog');
}

/** Keys of blog/authors.yml or blog/tags.yml with their display name. */
export function readKeys(file: string, nameField: 'name' | 'label'): Map<string, string> {
  const keys = new Map<string, string>();
  if (!fs.existsSync(file)) {
    return keys;
  }
  const data = parseDocument(fs.readFileSync(file, 'utf8')).toJS() as Record<
    string,
    Record<string, unknown> | null
  > | null;
  for (const [key, value] of Object.entries(data ?? {})) {
    keys.set(key, String(value?.[nameField] ?? key));
  }
  return keys;
}

export function readAuthors(paths: BlogPaths): Map<string, string> {
  return readKeys(path.join(blogDirectory(paths), 'authors.yml'), 'name');
}

export function readTags(paths: BlogPaths): Map<string, string> {
  return readKeys(path.join(blogDirectory(paths), 'tags.yml'), 'label');
}

/** Splits "a, b c" into keys. */
export function splitKeys(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((key) => key.trim())
    .filter(Boolean);
}

/** Dutch message for an unknown key, with the closest known one. */
export function unknownKeyMessage(
  kind: 'auteur' | 'tag',
  key: string,
  known: Iterable<string>,
): string {
  const suggestion = closestKey(key, known);
  const file = kind === 'auteur' ? 'blog/authors.yml' : 'blog/tags.yml';
  return suggestion
    ? `De ${kind} ${key} staat niet in ${file}. Bedoel je ${suggestion}?`
    : `De ${kind} ${key} staat niet in ${file}.`;
}

/** Everything wrong with the answers, in Dutch; empty when they are fine. */
export function validatePost(
  input: PostInput,
  authors: ReadonlyMap<string, string>,
  tags: ReadonlyMap<string, string>,
): string[] {
  const errors: string[] = [];
  if (!input.title.trim()) {
    errors.push('Geef een titel op.');
  } else if (!slugify(input.title)) {
    errors.push(
      'De titel moet letters of cijfers bevatten, zodat er een webadres van te maken is.',
    );
  }
  if (input.authors.length === 0) {
    errors.push('Geef minstens één auteur op.');
  }
  for (const author of input.authors) {
    if (!authors.has(author)) {
      errors.push(unknownKeyMessage('auteur', author, authors.keys()));
    }
  }
  for (const tag of input.tags) {
    if (!tags.has(tag)) {
      errors.push(unknownKeyMessage('tag', tag, tags.keys()));
    }
  }
  if (input.date !== undefined && !parseDateText(input.date)) {
    errors.push(`De datum ${input.date} bestaat niet; schrijf haar als JJJJ-MM-DD.`);
  }
  if (input.description !== undefined && input.description.trim() !== '') {
    const length = [...input.description.trim()].length;
    if (length < DESCRIPTION_LENGTH.min || length > DESCRIPTION_LENGTH.max) {
      errors.push(
        `De beschrijving is ${length} tekens; houd haar tussen ${DESCRIPTION_LENGTH.min} en ${DESCRIPTION_LENGTH.max} tekens.`,
      );
    }
  }
  return errors;
}

/** True when the date lies after today in the Netherlands. */
export function isFutureDate(date: string, now: Date = new Date()): boolean {
  return date > todayInAmsterdam(now);
}

/** The post's path relative to the site root: blog/JJJJ/MM/DD-slug.md. */
export function postFile(input: PostInput, paths: BlogPaths, now: Date = new Date()): string {
  const date = input.date ?? todayInAmsterdam(now);
  const [year, month, day] = date.slice(0, 10).split('-');
  return `${paths.blogDir ?? 'blog'}/${year}/${month}/${day}-${slugify(input.title)}.md`;
}

/** The Markdown of a new post: valid front matter, an intro and the truncate marker. */
export function renderPost(input: PostInput): string {
  const document = new Document({
    title: input.title.trim(),
    ...(input.description?.trim() ? { description: input.description.trim() } : {}),
    authors: input.authors,
    tags: input.tags,
    ...(input.draft ? { draft: true } : {}),
  });
  for (const key of ['authors', 'tags']) {
    (document.get(key, true) as YAMLSeq).flow = true;
  }
  const frontMatter = document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  return `---
${frontMatter}
---

Schrijf hier de inleiding: waar gaat het artikel over en waarom is het de moeite
waard? Deze alinea staat ook in het overzicht van het blog en, zonder
description, in zoekmachines.

<!-- truncate -->

## Eerste kop

De rest van het artikel. In de kennisbank (Bijdragen) staat welke onderdelen je
kunt gebruiken, zoals kaders, tabellen, video's en diagrammen.
`;
}

export class PostExistsError extends Error {}

/** Writes the post; never overwrites. Returns its path relative to the root. */
export function writePost(input: PostInput, paths: BlogPaths, now: Date = new Date()): string {
  const file = postFile(input, paths, now);
  const absolute = path.join(paths.rootDir, file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  try {
    fs.writeFileSync(absolute, renderPost(input), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new PostExistsError(
        `Er bestaat al een artikel op ${file}. Kies een andere titel of datum; bestaande artikelen worden nooit overschreven.`,
      );
    }
    throw error;
  }
  return file;
}

/** Problems with a new author's answers, in Dutch. */
export function validateAuthor(author: NewAuthor, existing: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  if (!KEY_PATTERN.test(author.key)) {
    errors.push(
      `De sleutel ${author.key} mag alleen kleine letters, cijfers en streepjes bevatten, zoals ${slugify(author.name) || 'voornaam-achternaam'}.`,
    );
  }
  if (existing.has(author.key)) {
    errors.push(`De auteur ${author.key} bestaat al.`);
  }
  if (!author.name.trim()) {
    errors.push('Geef de naam van de auteur op.');
  }
  for (const [platform, value] of Object.entries(author.socials ?? {})) {
    if (
      value.trim() &&
      (platform === 'website' || platform === 'mastodon') &&
      !/^https:\/\/\S+$/.test(value.trim())
    ) {
      errors.push(`${platform} moet een volledig adres zijn dat begint met https://.`);
    }
  }
  return errors;
}

/**
 * Appends one entry to a registry (blog/authors.yml or blog/tags.yml) as a
 * YAML document: the new entry is made with the `yaml` Document API and its
 * text is added after the existing text, so no other entry, comment or
 * folded line changes by a single byte (re-serialising the whole document
 * would re-wrap other people's entries). The result is parsed again and
 * refused unless every earlier entry reads exactly as before.
 */
export function appendRegistryEntry(
  file: string,
  key: string,
  value: Record<string, unknown>,
): void {
  const label = path.basename(file);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const before = parseDocument(text);
  if (before.errors.length > 0) {
    throw new Error(
      `${label} is geen geldige YAML (regel ${before.errors[0].linePos?.[0].line ?? '?'}); herstel dat eerst, npm run check:content zegt wat er mis is.`,
    );
  }
  if (before.contents !== null && !isMap(before.contents)) {
    throw new Error(`${label} is geen lijst van sleutels met hun velden.`);
  }
  const entry = new Document({ [key]: value });
  const entryText = entry.toString({ lineWidth: 0 });
  const hasEntries = isMap(before.contents) && before.contents.items.length > 0;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  // A blank line before the new entry where the file separates entries so.
  const blank = hasEntries && /\n\n\S/.test(text) ? '\n' : '';
  const updated = `${text}${separator}${blank}${entryText}`;
  const after = parseDocument(updated);
  const previous = (before.toJS() ?? {}) as Record<string, unknown>;
  const next = (after.toJS() ?? {}) as Record<string, unknown>;
  const { [key]: added, ...rest } = next;
  if (
    after.errors.length > 0 ||
    JSON.stringify(rest) !== JSON.stringify(previous) ||
    JSON.stringify(added) !== JSON.stringify(value)
  ) {
    throw new Error(`${key} kon niet veilig aan ${label} worden toegevoegd.`);
  }
  fs.writeFileSync(file, updated);
}

/** Adds an author to blog/authors.yml; every other byte of the file stays as it was. */
export function addAuthor(author: NewAuthor, paths: BlogPaths): void {
  const socials = Object.fromEntries(
    Object.entries(author.socials ?? {})
      .map(([platform, value]) => [platform, value.trim()])
      .filter(([, value]) => value !== ''),
  );
  appendRegistryEntry(path.join(blogDirectory(paths), 'authors.yml'), author.key, {
    name: author.name.trim(),
    ...(author.title?.trim() ? { title: author.title.trim() } : {}),
    page: true,
    ...(Object.keys(socials).length > 0 ? { socials } : {}),
  });
}

export interface NewTag {
  key: string;
  label: string;
  description: string;
}

/** Problems with a new tag's answers, in Dutch. */
export function validateTag(tag: NewTag, existing: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  if (!KEY_PATTERN.test(tag.key)) {
    errors.push(
      `De tag ${tag.key} mag alleen kleine letters, cijfers en streepjes bevatten, zoals ${slugify(tag.label || tag.key) || 'open-source'}.`,
    );
  }
  if (existing.has(tag.key)) {
    errors.push(`De tag ${tag.key} bestaat al.`);
  }
  if (!tag.label.trim()) {
    errors.push(`Geef de naam (label) van de tag ${tag.key} op, zoals lezers hem zien.`);
  }
  if (!tag.description.trim()) {
    errors.push(`Geef een beschrijving van één regel voor de tag ${tag.key}.`);
  } else if (/[\r\n]/.test(tag.description.trim())) {
    errors.push(`De beschrijving van de tag ${tag.key} is één regel.`);
  }
  return errors;
}

/** Adds a tag to blog/tags.yml, with its permalink; every other byte stays as it was. */
export function addTag(tag: NewTag, paths: BlogPaths): void {
  appendRegistryEntry(path.join(blogDirectory(paths), 'tags.yml'), tag.key, {
    label: tag.label.trim(),
    description: tag.description.trim(),
    permalink: `/${tag.key}`,
  });
}

/** The date a post gets: the given one or today. */
export function effectiveDate(input: PostInput, now: Date = new Date()): string {
  const parsed = input.date ? parseDateText(input.date) : undefined;
  return parsed ? formatDate(parsed) : todayInAmsterdam(now);
}
