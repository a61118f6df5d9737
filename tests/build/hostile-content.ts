/**
 * Hostile metadata for the fixture site (issue 17): a post, a draft, a
 * kennisbank page, an author and a tag whose every text field carries markup
 * that tries to break out of each context the build writes text into: a
 * script element, an HTML attribute, a comment, a CDATA section, `<title>`,
 * the document structure, JSON string escapes, HTML entities, and the
 * post-processing of the built pages (plugins/post-build/islands).
 *
 * `npm run check:content` rejects all of it (rule `html-in-tekst`); the build
 * must still turn it into pages, feeds and search records where it is text
 * and nothing but text. tests/build/hostile-metadata.test.ts checks that.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** In every payload: found in an executable place, it is an injection. */
export const MARKER = '__vijand';
/** An element and an attribute no page has: found in a parsed page or feed, markup got through. */
export const MARKER_ELEMENT = 'x-vijand';
export const MARKER_ATTRIBUTE = 'data-vijand';
/** A word of every payload, to find the post with the site search. */
export const SEARCH_WORD = 'vijandigheid';

/**
 * The text of one field: its name, then every way out we could think of.
 * The `&amp;` and `&lt;i&gt;` are literal text, so a double decode shows.
 */
export function payload(field: string): string {
  const run = `window.${MARKER}='${field}'`;
  return [
    `${field} ${SEARCH_WORD}`,
    `</script><script>${run}</script>`,
    `<img src=x onerror="${run}">`,
    `<svg><script>${run}</script></svg>`,
    // The app's entry script as the script deferral step looks for it.
    '<script src=/assets/js/main.0123abcd.js defer></script>',
    `" onmouseover="${run}" ${MARKER_ATTRIBUTE}="1`,
    `' onfocus='${run}' ${MARKER_ATTRIBUTE}='1`,
    `<!-- ]]> ]]> -->`,
    `<a href="javascript:${run}">link</a>`,
    `<${MARKER_ELEMENT}>vet</${MARKER_ELEMENT}>`,
    '</title></textarea></style></noscript></head><body>',
    `<![CDATA[ ${run} ]]>`,
    '& &amp; &lt;i&gt; \\u003c \u2028 \u2029 einde',
  ].join(' ');
}

/** The slug of the post, the draft and the kennisbank page. */
export const HOSTILE_POST = '/blog/2017/03/04/vijandige-metadata';
export const HOSTILE_DRAFT = '/blog/2017/03/05/vijandig-concept';
export const HOSTILE_DOC = '/kennisbank/bijdragen/vijandige-pagina';
export const HOSTILE_AUTHOR = '/blog/authors/vijand';
export const HOSTILE_TAG = '/blog/tags/vijandig';

/** Every text field of the post's front matter, the author and the tag. */
export const POST = {
  title: payload('title'),
  title_meta: payload('title_meta'),
  sidebar_label: payload('sidebar_label'),
  description: payload('description'),
  keywords: [payload('keyword-1'), payload('keyword-2')],
  imageAlt: payload('image-alt'),
};
export const DRAFT = {
  title: payload('draft-title'),
  description: payload('draft-description'),
  keywords: [payload('draft-keyword')],
};
export const DOC = {
  title: payload('doc-title'),
  sidebar_label: payload('doc-sidebar_label'),
  description: payload('doc-description'),
  keywords: [payload('doc-keyword')],
};
export const AUTHOR = {
  name: payload('author-name'),
  title: payload('author-title'),
  description: payload('author-description'),
  url: `javascript:window.${MARKER}='author-url'`,
  website: `javascript:window.${MARKER}='author-website'`,
};
export const TAG = {
  label: payload('tag-label'),
  description: payload('tag-description'),
};

/** Every payload, to recognise one in whatever the build wrote. */
export const PAYLOADS: readonly string[] = [
  ...Object.values(POST).flat(),
  ...Object.values(DRAFT).flat(),
  ...Object.values(DOC).flat(),
  AUTHOR.name,
  AUTHOR.title,
  AUTHOR.description,
  TAG.label,
  TAG.description,
];

/**
 * A YAML double-quoted scalar. JSON's string syntax is YAML's, except that
 * YAML reads U+2028 and U+2029 as line breaks: those are written as escapes.
 */
function yamlString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Text as Markdown that reads back as exactly that text: every ASCII
 * punctuation character backslash-escaped (CommonMark allows it before any of
 * them), so `<` is no JSX, `&amp;` no entity and `]` no end of a label.
 */
function markdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

function yamlList(items: readonly string[]): string {
  return `[${items.map(yamlString).join(', ')}]`;
}

/** Writes the hostile post, draft, page, author and tag into a copy of the site. */
export async function writeHostileContent(dir: string): Promise<void> {
  const postDir = path.join(dir, 'blog', '2017', '03');
  mkdirSync(path.join(postDir, 'img'), { recursive: true });
  await sharp({
    create: { width: 800, height: 450, channels: 3, background: { r: 21, g: 66, b: 115 } },
  })
    .png()
    .toFile(path.join(postDir, 'img', 'vijand.png'));
  // No cover: the first image (with its hostile alt text) becomes the social image.
  writeFileSync(
    path.join(postDir, '04-vijandige-metadata.md'),
    [
      '---',
      `title: ${yamlString(POST.title)}`,
      `title_meta: ${yamlString(POST.title_meta)}`,
      `sidebar_label: ${yamlString(POST.sidebar_label)}`,
      `description: ${yamlString(POST.description)}`,
      `keywords: ${yamlList(POST.keywords)}`,
      'authors: [vijand]',
      'tags: [vijandig]',
      '---',
      '',
      `Een artikel over ${SEARCH_WORD} waarvan alle metadata opmaak bevat.`,
      '',
      `![${markdownText(POST.imageAlt)}](./img/vijand.png)`,
      '',
      '<!-- truncate -->',
      '',
      'De rest van het artikel.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(postDir, '05-vijandig-concept.md'),
    [
      '---',
      `title: ${yamlString(DRAFT.title)}`,
      `description: ${yamlString(DRAFT.description)}`,
      `keywords: ${yamlList(DRAFT.keywords)}`,
      'authors: [vijand]',
      'tags: [vijandig]',
      'draft: true',
      '---',
      '',
      `Een concept over ${SEARCH_WORD}.`,
      '',
      '<!-- truncate -->',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'docs', 'bijdragen', 'vijandige-pagina.md'),
    [
      '---',
      `title: ${yamlString(DOC.title)}`,
      `sidebar_label: ${yamlString(DOC.sidebar_label)}`,
      `description: ${yamlString(DOC.description)}`,
      `keywords: ${yamlList(DOC.keywords)}`,
      '---',
      '',
      'Een kennisbankpagina waarvan alle metadata opmaak bevat.',
      '',
    ].join('\n'),
  );
  appendFileSync(
    path.join(dir, 'blog', 'authors.yml'),
    [
      '',
      'vijand:',
      `  name: ${yamlString(AUTHOR.name)}`,
      `  title: ${yamlString(AUTHOR.title)}`,
      `  description: ${yamlString(AUTHOR.description)}`,
      `  url: ${yamlString(AUTHOR.url)}`,
      '  page: true',
      '  socials:',
      `    website: ${yamlString(AUTHOR.website)}`,
      '',
    ].join('\n'),
  );
  appendFileSync(
    path.join(dir, 'blog', 'tags.yml'),
    [
      'vijandig:',
      `  label: ${yamlString(TAG.label)}`,
      `  description: ${yamlString(TAG.description)}`,
      '  permalink: /vijandig',
      '',
    ].join('\n'),
  );
}
