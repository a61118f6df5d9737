/**
 * Issue 17: a post's metadata is input too. The fixture site holds a post, a
 * draft, a kennisbank page, an author and a tag whose every text field is
 * hostile markup (./hostile-content.ts). Both builds of it (production and
 * preview) are read back with real parsers (parse5 and htmlparser2 for HTML,
 * saxes for XML, JSON.parse for JSON) and in Chromium, and nowhere may that
 * text have become anything but text.
 */
import { waitForHydration } from '../support/hydration';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser as TokenStream } from 'htmlparser2';
import { parse, parseFragment } from 'parse5';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inlineScripts } from '../../scripts/serve/config';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { serveDirectory, type RunningServer } from '../support/static-server';
import {
  attributeOf as attr,
  child,
  children,
  elementsOf as elements,
  htmlText,
  parseXml,
  textOf,
  xmlElements,
  type HtmlNode as Node,
  type XmlElement,
} from '../support/markup';
import { walk } from './helpers';
import {
  AUTHOR,
  DOC,
  DRAFT,
  HOSTILE_AUTHOR,
  HOSTILE_DOC,
  HOSTILE_DRAFT,
  HOSTILE_POST,
  HOSTILE_TAG,
  MARKER,
  MARKER_ATTRIBUTE,
  MARKER_ELEMENT,
  PAYLOADS,
  POST,
  SEARCH_WORD,
  TAG,
} from './hostile-content';

const site = inject('fixtureSite');
const BUILDS = [
  ['production', site.build],
  ['preview', site.preview],
] as const;

function relative(build: string, file: string): string {
  return path.relative(build, file).split(path.sep).join('/');
}

function filesOf(build: string, pattern: RegExp): string[] {
  return walk(build)
    .filter((file) => pattern.test(file))
    .sort();
}

const EXECUTABLE_SCRIPT =
  /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/**
 * Everything in a piece of parsed HTML through which injected markup could
 * run or show: executable scripts and `javascript:` URLs carrying the
 * payload, any event-handler attribute (the site has none), and the
 * payload's own element and attribute.
 */
function injections(root: Node): string[] {
  const found: string[] = [];
  for (const el of elements(root)) {
    const name = el.tagName;
    if (name === MARKER_ELEMENT) found.push(`<${MARKER_ELEMENT}> element`);
    if (name === 'script') {
      const type = (attr(el, 'type') ?? '').trim();
      if (EXECUTABLE_SCRIPT.test(type) && textOf(el).includes(MARKER)) {
        found.push(`<script> running ${JSON.stringify(textOf(el).slice(0, 60))}`);
      }
    }
    for (const { name: attribute, value } of el.attrs) {
      if (attribute === MARKER_ATTRIBUTE) found.push(`${MARKER_ATTRIBUTE}= on <${name}>`);
      if (/^on/i.test(attribute)) found.push(`${attribute}= on <${name}>`);
      // Browsers strip control characters and whitespace around a URL.
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (url.startsWith('javascript:') && value.includes(MARKER)) {
        found.push(`javascript: URL in ${attribute}= on <${name}>`);
      }
    }
  }
  return found;
}

/**
 * The document structure as written, token by token (htmlparser2 does not
 * repair it the way a tree builder does): the start and end tags of `html`,
 * `head` and `body`, in order.
 */
function structureTags(html: string): string[] {
  const tags: string[] = [];
  const stream = new TokenStream({
    onopentagname(name) {
      if (/^(html|head|body)$/.test(name)) tags.push(`<${name}>`);
    },
    onclosetag(name, implied) {
      if (!implied && /^(html|head|body)$/.test(name)) tags.push(`</${name}>`);
    },
  });
  stream.write(html);
  stream.end();
  return tags;
}

interface PageReport {
  file: string;
  problems: string[];
  jsonLd: unknown[];
}

/** Reads one built page with both parsers; every problem found, and its JSON-LD. */
function readPage(build: string, file: string, siteScripts: ReadonlySet<string>): PageReport {
  const html = readFileSync(file, 'utf8');
  const problems: string[] = [];
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(error.code) });
  // A page the site wrote has no parse error at all; a stray `</head>` or
  // `<body>` from a broken-out title is one.
  if (errors.length > 0) problems.push(`parse errors: ${[...new Set(errors)].join(', ')}`);
  // The minifier leaves out the optional `</html>`.
  const structure = structureTags(html)
    .join('')
    .replace(/<\/html>$/, '');
  if (structure !== '<html><head></head><body></body>') {
    problems.push(`document structure ${structure}`);
  }
  const all = [...elements(document)];
  const head = all.find((el) => el.tagName === 'head');
  const body = all.find((el) => el.tagName === 'body');
  if (!head || !body) throw new Error(`${file}: no head or body`);
  // Helmet marks the head tags it writes (`data-rh`); React may preload
  // images from the body, so a `<link>` there is no sign by itself.
  for (const el of elements(body)) {
    if (/^(meta|title|base)$/.test(el.tagName) || attr(el, 'data-rh') !== undefined) {
      problems.push(`<${el.tagName}> in <body>: the head was closed early`);
    }
  }
  if (
    all.filter((el) => el.tagName === 'title' && el.namespaceURI.endsWith('xhtml')).length !== 1
  ) {
    problems.push('not exactly one <title>');
  }
  problems.push(...injections(document));
  // The Content-Security-Policy hashes every inline script it finds
  // (scripts/serve/generate.ts): a script the site did not write would be allowed.
  for (const script of inlineScripts(html)) {
    if (!siteScripts.has(script)) {
      problems.push(`inline script the site did not write: ${JSON.stringify(script.slice(0, 60))}`);
    }
  }
  const jsonLd: unknown[] = [];
  for (const el of elements(document)) {
    if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
      const text = textOf(el);
      try {
        jsonLd.push(JSON.parse(text));
      } catch {
        problems.push(`JSON-LD that is no JSON: ${JSON.stringify(text.slice(0, 80))}`);
      }
      if (el.parentNode !== head) problems.push('JSON-LD outside <head>');
    }
  }
  return { file: relative(build, file), problems, jsonLd };
}

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** True when the text holds one of the payloads whole (nothing in it was changed). */
function containsWholePayload(text: string): boolean {
  return PAYLOADS.some((payload) => text.includes(payload));
}

/** An Atom text construct as a reader shows it (RFC 4287, 3.1). */
function atomText(element: XmlElement | undefined): string {
  if (!element) return 'MISSING';
  const type = element.attributes.type ?? 'text';
  return type === 'html' ? htmlText(element.text) : type === 'text' ? element.text : `TYPE ${type}`;
}

/** Text with its character references decoded, as an HTML attribute value reads it. */
function decodeReferences(text: string): string {
  const fragment = parseFragment(`<p title="${text.replace(/"/g, '&quot;')}">`);
  const [p] = [...elements(fragment)];
  return attr(p, 'title') ?? 'MISSING';
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Pagefind's records of a build, by URL. */
function searchRecords(
  build: string,
): Map<string, { meta: Record<string, string>; filters: Record<string, string[]> }> {
  const dir = path.join(build, 'pagefind', 'fragment');
  const records = new Map<
    string,
    { meta: Record<string, string>; filters: Record<string, string[]> }
  >();
  for (const name of readdirSync(dir)) {
    let bytes = readFileSync(path.join(dir, name));
    if (bytes.subarray(0, 12).toString() !== 'pagefind_dcd') bytes = gunzipSync(bytes);
    const json = JSON.parse(bytes.subarray(12).toString('utf8')) as Record<string, unknown>;
    const fragments = (typeof json.url === 'string' ? [json] : Object.values(json)) as {
      url: string;
      meta: Record<string, string>;
      filters: Record<string, string[]>;
    }[];
    for (const fragment of fragments) records.set(fragment.url.replace(/\.html$/, ''), fragment);
  }
  return records;
}

describe.each(BUILDS)('the %s build of a site with hostile metadata', (kind, build) => {
  const pages = new Map<string, PageReport>();

  beforeAll(() => {
    // The inline scripts every page shares: the colour-mode script.
    const siteScripts = new Set(
      inlineScripts(readFileSync(path.join(build, 'index.html'), 'utf8')),
    );
    expect(siteScripts.size).toBeGreaterThan(0);
    for (const file of filesOf(build, /\.html$/)) {
      const report = readPage(build, file, siteScripts);
      pages.set(report.file, report);
    }
  });

  it('built the hostile pages', () => {
    const expected = [HOSTILE_POST, HOSTILE_AUTHOR, HOSTILE_TAG, HOSTILE_DOC];
    if (kind === 'preview') expected.push(HOSTILE_DRAFT);
    for (const route of expected) expect(pages.has(`${route.slice(1)}.html`), route).toBe(true);
    expect(pages.has(`${HOSTILE_DRAFT.slice(1)}.html`)).toBe(kind === 'preview');
  });

  it('has pages with one head and one body, no injected script, handler or javascript: URL', () => {
    const problems = [...pages.values()].flatMap((report) =>
      report.problems.map((problem) => `${report.file}: ${problem}`),
    );
    expect(problems).toEqual([]);
    expect(pages.size).toBeGreaterThan(30);
  });

  it('writes every JSON-LD block as JSON that reads back to the original text', () => {
    let blocks = 0;
    const mangled: string[] = [];
    for (const report of pages.values()) {
      blocks += report.jsonLd.length;
      for (const text of strings(report.jsonLd)) {
        if (text.includes(SEARCH_WORD) && !containsWholePayload(text)) {
          mangled.push(`${report.file}: ${JSON.stringify(text.slice(0, 80))}`);
        }
        // eslint-disable-next-line no-control-regex
        if (/^[\u0000-\u0020]*javascript:/i.test(text)) {
          mangled.push(`${report.file}: a javascript: link ${JSON.stringify(text.slice(0, 60))}`);
        }
      }
    }
    expect(mangled).toEqual([]);
    expect(blocks).toBeGreaterThan(5);

    const post = strings(pages.get(`${HOSTILE_POST.slice(1)}.html`)?.jsonLd);
    for (const text of [POST.title, POST.description, POST.imageAlt, AUTHOR.name, AUTHOR.title]) {
      expect(post).toContain(text);
    }
    expect(post.some((s) => s.includes(POST.keywords[0]) && s.includes(TAG.label))).toBe(true);

    // The blog index page that lists the post (it is the oldest: the last page).
    const list = [...pages.values()].find(
      (report) =>
        /^blog(\/page\/\d+)?\.html$/.test(report.file) &&
        strings(report.jsonLd).includes(POST.title),
    );
    expect(list, 'a page of the blog index with the post in its JSON-LD').toBeDefined();
    const listed = strings(list?.jsonLd);
    for (const text of [POST.description, ...POST.keywords, AUTHOR.name]) {
      expect(listed).toContain(text);
    }

    // Kennisbank breadcrumbs.
    expect(strings(pages.get(`${HOSTILE_DOC.slice(1)}.html`)?.jsonLd)).toContain(DOC.sidebar_label);
    if (kind === 'preview') {
      expect(strings(pages.get(`${HOSTILE_DRAFT.slice(1)}.html`)?.jsonLd)).toContain(DRAFT.title);
    }
  });

  it('parses every JSON file', () => {
    const files = filesOf(build, /\.json$/);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(() => JSON.parse(readFileSync(file, 'utf8')), relative(build, file)).not.toThrow();
    }
  });

  it('writes well-formed XML files with no markup from the payload', () => {
    const files = filesOf(build, /\.xml$/);
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const name = relative(build, file);
      let root: XmlElement | undefined;
      expect(() => {
        root = parseXml(readFileSync(file, 'utf8'));
      }, name).not.toThrow();
      for (const el of xmlElements(root!)) {
        expect(el.name, name).not.toBe(MARKER_ELEMENT);
        expect(el.name, name).not.toBe('script');
        expect(Object.keys(el.attributes), name).not.toContain(MARKER_ATTRIBUTE);
      }
    }
  });

  describe.each([
    ['the site feed', '/blog'],
    ['the tag feed', HOSTILE_TAG],
    ['the author feed', HOSTILE_AUTHOR],
  ])('%s', (_name, feedPath) => {
    const postUrl = `https://developer.overheid.nl${HOSTILE_POST}`;
    const read = (file: string): string =>
      readFileSync(path.join(build, feedPath.slice(1), file), 'utf8');

    it('is valid RSS that shows the title, description, tag and author as text', () => {
      const rss = child(parseXml(read('rss.xml')), 'rss');
      const channel = rss && child(rss, 'channel');
      expect(channel).toBeDefined();
      for (const required of ['title', 'link', 'description']) {
        expect(child(channel!, required)?.text.trim(), required).toBeTruthy();
      }
      const items = children(channel!, 'item');
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(child(item, 'title')?.text.trim()).toBeTruthy();
        expect(child(item, 'link')?.text).toMatch(/^https:\/\//);
        expect(child(item, 'guid')?.text).toMatch(/^https:\/\//);
      }
      const item = items.find((i) => child(i, 'link')?.text === postUrl);
      expect(item).toBeDefined();
      expect(htmlText(child(item!, 'title')!.text)).toBe(POST.title);
      expect(htmlText(child(item!, 'description')!.text)).toBe(POST.description);
      expect(children(item!, 'category').map((c) => htmlText(c.text))).toEqual([TAG.label]);
      expect(children(item!, 'creator').map((c) => htmlText(c.text))).toEqual([AUTHOR.name]);
      expect(injections(parseFragment(child(item!, 'encoded')?.text ?? ''))).toEqual([]);
      if (feedPath !== '/blog') {
        expect(htmlText(child(channel!, 'title')!.text)).toContain(
          feedPath === HOSTILE_TAG ? TAG.label : AUTHOR.name,
        );
      }
    });

    it('is valid Atom that shows the title, summary, category and author as text', () => {
      const feed = child(parseXml(read('atom.xml')), 'feed');
      expect(feed).toBeDefined();
      for (const required of ['id', 'title', 'updated']) {
        expect(child(feed!, required)?.text.trim(), required).toBeTruthy();
      }
      const entries = children(feed!, 'entry');
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        for (const required of ['id', 'title', 'updated']) {
          expect(child(entry, required)?.text.trim(), required).toBeTruthy();
        }
      }
      const entry = entries.find((e) => child(e, 'id')?.text === postUrl);
      expect(entry).toBeDefined();
      expect(atomText(child(entry!, 'title'))).toBe(POST.title);
      expect(atomText(child(entry!, 'summary'))).toBe(POST.description);
      expect(children(entry!, 'category').map((c) => c.attributes.label)).toEqual([TAG.label]);
      const author = child(entry!, 'author');
      expect(child(author!, 'name')?.text).toBe(AUTHOR.name);
      expect(child(author!, 'uri')?.text ?? '').not.toMatch(/^\s*javascript:/i);
      const content = child(entry!, 'content');
      expect(content?.attributes.type).toBe('html');
      expect(injections(parseFragment(content?.text ?? ''))).toEqual([]);
      if (feedPath !== '/blog') {
        expect(atomText(child(feed!, 'title'))).toContain(
          feedPath === HOSTILE_TAG ? TAG.label : AUTHOR.name,
        );
      }
    });

    it('is a JSON Feed with the title, summary, tag and author as plain text', () => {
      const json = JSON.parse(read('feed.json')) as {
        version: string;
        title: string;
        items: {
          url: string;
          title: string;
          summary?: string;
          content_html: string;
          tags?: string[];
          author?: { name: string; url?: string };
        }[];
      };
      expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
      const item = json.items.find((i) => i.url === postUrl);
      expect(item).toBeDefined();
      expect(item!.title).toBe(POST.title);
      expect(item!.summary).toBe(POST.description);
      expect(item!.author?.name).toBe(AUTHOR.name);
      expect(item!.author?.url ?? '').not.toMatch(/^\s*javascript:/i);
      expect(injections(parseFragment(item!.content_html))).toEqual([]);
    });
  });

  it('keeps the title as plain text in the search records', () => {
    // Pagefind collapses white space (U+2028 and U+2029 included) and, in
    // filter values only, decodes character references once more (`&amp;`
    // becomes `&`): the search UI shows both as React text.
    const records = searchRecords(build);
    const post = records.get(HOSTILE_POST);
    expect(post?.meta.title).toBe(collapseSpace(POST.title));
    expect(post?.filters.tag).toEqual([decodeReferences(collapseSpace(TAG.label))]);
    expect(post?.filters.auteur).toEqual([decodeReferences(collapseSpace(AUTHOR.name))]);
    if (kind === 'preview') {
      expect(records.get(HOSTILE_DRAFT)?.meta.title).toBe(collapseSpace(DRAFT.title));
    }
  });
});

describe('pages with hostile metadata in Chromium', () => {
  let browser: Browser;
  const servers: Record<string, RunningServer> = {};

  beforeAll(async () => {
    servers.production = await serveDirectory(site.build);
    servers.preview = await serveDirectory(site.preview);
    browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await servers.production?.close();
    await servers.preview?.close();
  });

  /** Visits a page, lets its scripts take over and reports whatever ran or got in. */
  async function visit(build: 'production' | 'preview', route: string): Promise<string[]> {
    const tab = await browser.newPage();
    const found: string[] = [];
    tab.on('dialog', (dialog) => {
      found.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    try {
      await tab.goto(servers[build].url + route, { waitUntil: 'load' });
      // Reading pages run their islands, the others their React app.
      await waitForHydration(tab);
      if (route.startsWith('/zoeken')) {
        await tab.getByRole('main').getByRole('article').first().waitFor({ timeout: 30_000 });
      }
      const state = await tab.evaluate(
        ([marker, element, attribute]) => ({
          ran: (window as unknown as Record<string, unknown>)[marker],
          elements: document.querySelectorAll(element).length,
          attributes: document.querySelectorAll(`[${attribute}]`).length,
          text: document.body.innerText,
        }),
        [MARKER, MARKER_ELEMENT, MARKER_ATTRIBUTE] as const,
      );
      if (state.ran !== undefined) found.push(`ran: ${String(state.ran)}`);
      if (state.elements > 0) found.push(`${state.elements} <${MARKER_ELEMENT}> in the page`);
      if (state.attributes > 0) found.push(`${state.attributes} ${MARKER_ATTRIBUTE}= in the page`);
      if (!state.text.includes(SEARCH_WORD)) found.push('the hostile text is not on the page');
    } finally {
      await tab.close();
    }
    return found;
  }

  it.each([
    ['production', HOSTILE_POST],
    ['production', '/blog/page/2'],
    ['production', HOSTILE_TAG],
    ['production', HOSTILE_AUTHOR],
    ['production', '/blog/archive'],
    ['production', HOSTILE_DOC],
    ['production', `/zoeken?q=${SEARCH_WORD}`],
    ['preview', HOSTILE_DRAFT],
    ['preview', `/zoeken?q=${SEARCH_WORD}`],
  ] as const)('%s %s runs nothing and shows the text as text', async (build, route) => {
    expect(await visit(build, route)).toEqual([]);
  });

  it('the navbar search shows the hostile title as text', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(servers.production.url + '/blog');
      const box = tab.getByRole('combobox', { name: 'Zoeken', exact: true });
      await box.click();
      await box.pressSequentially(SEARCH_WORD);
      const options = tab.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
      await options.first().waitFor({ timeout: 30_000 });
      const texts = await options.allTextContents();
      expect(texts.some((text) => text.includes(POST.title.slice(0, 40)))).toBe(true);
      const state = await tab.evaluate(
        ([marker, element]) => ({
          ran: (window as unknown as Record<string, unknown>)[marker],
          elements: document.querySelectorAll(element).length,
        }),
        [MARKER, MARKER_ELEMENT] as const,
      );
      expect(state).toEqual({ ran: undefined, elements: 0 });
    } finally {
      await tab.close();
    }
  });
});
