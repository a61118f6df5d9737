import { Feed } from 'feed';
import { parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { feedText, forFormat } from '../../plugins/blog/feed-items';
import {
  cdataSafeHtml,
  escapeHtml,
  findMarkup,
  htmlSafeText,
  jsonForScript,
  safeLinkUrl,
} from '../../src/lib/plain-text';
import {
  child,
  elementsOf,
  parseXml,
  textOf,
  type HtmlNode,
  type XmlElement,
} from '../support/markup';

/** The element at a path of local names below `node`. */
function find(node: XmlElement, path: string[]): XmlElement {
  return path.reduce((at, name) => {
    const next = child(at, name);
    if (!next) throw new Error(`no <${name}> in <${at.name}>`);
    return next;
  }, node);
}

function elementNames(node: HtmlNode): string[] {
  return [...elementsOf(node)].map((element) => element.tagName);
}

/** Text read as HTML, the way a feed reader that renders HTML reads it. */
function asHtml(text: string): { elements: string[]; text: string } {
  const fragment = parseFragment(text);
  return { elements: elementNames(fragment), text: textOf(fragment) };
}

const HOSTILE = [
  'Titel </script><script>alert(1)</script> en <b>vet</b>',
  '<img src=x onerror=alert(1)> <!-- ]]> ]]> --> <![CDATA[ x ]]>',
  '" onmouseover="alert(1)" \' & &amp; &lt;i&gt; &#60;b&#62; \\u003c \u2028 \u2029',
  'Toegang & Wallet: a < b, b > c, <3',
];

describe('findMarkup', () => {
  it('finds a < followed by a letter, / or !, and nothing else', () => {
    expect(findMarkup('Een <b>vet</b> woord')).toBe(4);
    expect(findMarkup('a </script>')).toBe(2);
    expect(findMarkup('<!-- x -->')).toBe(0);
    expect(findMarkup('a < b, <3, <-, <=, 1<2')).toBe(-1);
    expect(findMarkup('&lt;b&gt; is tekst')).toBe(-1);
  });
});

describe('jsonForScript', () => {
  it('writes JSON that reads back to the value and cannot end or comment out its script', () => {
    const value = { name: HOSTILE, nested: [{ x: '</SCRIPT >' }], n: 1 };
    const json = jsonForScript(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const document = parse(`<head><script type="application/ld+json">${json}</script></head>`);
    const names = elementNames(document);
    expect(names.filter((name) => name === 'script')).toHaveLength(1);
    const script = [...elementsOf(document)].find((element) => element.tagName === 'script');
    expect(JSON.parse(textOf(script!))).toEqual(value);
  });
});

describe('escaping for feeds', () => {
  it('escapeHtml gives HTML that shows exactly the text', () => {
    for (const text of HOSTILE) {
      expect(asHtml(escapeHtml(text))).toEqual({ elements: [], text });
    }
  });

  it('htmlSafeText reads as the same text, as HTML and (for ordinary text) as it is', () => {
    for (const text of HOSTILE) {
      expect(asHtml(htmlSafeText(text))).toEqual({ elements: [], text });
      expect(htmlSafeText(text)).not.toContain(']]>');
    }
    for (const ordinary of ['Toegang & Wallet', 'a < b en b > c', '<3', 'API’s: de basis']) {
      expect(htmlSafeText(ordinary)).toBe(ordinary);
    }
  });

  it('cdataSafeHtml leaves no end of a CDATA section and means the same HTML', () => {
    const html = '<img alt="a]]>b]]>c" src="x.png"><p>]]&gt;</p>';
    const safe = cdataSafeHtml(html);
    expect(safe).not.toContain(']]>');
    expect(parseFragment(safe)).toEqual(parseFragment(html));
  });

  it('safeLinkUrl drops script URLs only', () => {
    expect(safeLinkUrl('https://example.org')).toBe('https://example.org');
    expect(safeLinkUrl('/blog/authors/x')).toBe('/blog/authors/x');
    expect(safeLinkUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('java\nscript:alert(1)')).toBeUndefined();
    expect(safeLinkUrl('data:text/html,x')).toBeUndefined();
    expect(safeLinkUrl(undefined)).toBeUndefined();
  });
});

describe('feed items for each format', () => {
  const [title, description, label, name] = HOSTILE;
  const item = {
    title,
    id: 'https://example.org/a',
    link: 'https://example.org/a',
    date: new Date('2025-01-01'),
    description,
    content: '<p><img alt="]]>x]]>" src="https://example.org/a.png"></p>',
    category: [{ name: label, term: label }],
    author: [{ name, link: 'https://example.org/auteur' }],
  };
  const feed = (format: 'rss' | 'atom' | 'json'): Feed => {
    const made = new Feed({
      id: 'https://example.org/',
      title: feedText(`Blog: ${label}`, format),
      description: feedText(description, format),
      copyright: 'x',
    });
    made.addItem(forFormat(item, format));
    return made;
  };

  it('RSS is well-formed and every text reads back as text', () => {
    const channel = find(parseXml(feed('rss').rss2()), ['rss', 'channel']);
    const entry = find(channel, ['item']);
    expect(asHtml(find(channel, ['title']).text)).toEqual({ elements: [], text: `Blog: ${label}` });
    expect(asHtml(find(entry, ['title']).text)).toEqual({ elements: [], text: title });
    expect(asHtml(find(entry, ['description']).text)).toEqual({ elements: [], text: description });
    expect(asHtml(find(entry, ['category']).text)).toEqual({ elements: [], text: label });
    expect(asHtml(find(entry, ['encoded']).text)).toEqual(asHtml(item.content));
  });

  it('Atom is well-formed and every text reads back as text', () => {
    const root = find(parseXml(feed('atom').atom1()), ['feed']);
    const entry = find(root, ['entry']);
    expect(find(root, ['title']).text).toBe(`Blog: ${label}`);
    expect(find(entry, ['title']).attributes.type).toBe('html');
    expect(asHtml(find(entry, ['title']).text)).toEqual({ elements: [], text: title });
    expect(asHtml(find(entry, ['summary']).text)).toEqual({ elements: [], text: description });
    expect(find(entry, ['category']).attributes.label).toBe(label);
    expect(find(entry, ['author', 'name']).text).toBe(name);
    expect(asHtml(find(entry, ['content']).text)).toEqual(asHtml(item.content));
  });

  it('JSON Feed keeps the plain text as it is', () => {
    const json = JSON.parse(feed('json').json1()) as {
      title: string;
      items: { title: string; summary: string; tags: string[]; author: { name: string } }[];
    };
    expect(json.title).toBe(`Blog: ${label}`);
    expect(json.items[0]).toMatchObject({ title, summary: description, tags: [label] });
    expect(json.items[0].author.name).toBe(name);
  });
});
