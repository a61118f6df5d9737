/**
 * Text that authors write outside a post's body (front matter `title`,
 * `description`, `keywords`, image alt texts, and the names, titles and
 * descriptions in `blog/authors.yml` and `blog/tags.yml`) is plain text. This
 * module is the one place that says what counts as markup in it and how the
 * build keeps it text wherever it is written outside React's escaping:
 *
 * - `npm run check:content` reports markup in such text (rule `html-in-tekst`,
 *   scripts/check-content) with {@link findMarkup};
 * - every `application/ld+json` block is serialised by {@link jsonForScript}
 *   (src/components/JsonLd);
 * - the feeds escape it per format (plugins/blog/feed-items.ts) with
 *   {@link escapeHtml}, {@link htmlSafeText} and {@link cdataSafeHtml};
 * - author links pass {@link safeLinkUrl} before they reach structured data,
 *   meta tags or feeds.
 *
 * React escapes text and attribute values itself; these helpers are for the
 * places it does not reach. Pure functions, no Docusaurus or React imports,
 * so the site, its plugins and the checker can all load this module.
 */
import { isUnsafeUrl } from '../mdx/safety';

/**
 * Where an HTML parser would start markup: `<` followed by a letter (a tag),
 * `/` (an end tag) or `!` (a comment, CDATA or doctype). A lone `<` as in
 * `a < b` or `<-` is text to every parser.
 */
const MARKUP = /<[A-Za-z/!]/;

/** The index of the first markup in `text`, or -1 when it is plain text. */
export function findMarkup(text: string): number {
  const match = MARKUP.exec(text);
  return match ? match.index : -1;
}

/**
 * JSON for the text of an inline `<script>` element (JSON-LD): `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\uXXXX` escapes. The result is still JSON
 * that parses to exactly `value`, but it can neither close the element
 * (`</script>`), open a comment (`<!--`) that swallows the rest of the page,
 * nor break a JavaScript consumer that reads it as a literal. A plain
 * `JSON.stringify` does none of this.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: value has no JSON form');
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Plain text as HTML that shows exactly that text: for fields a reader
 * renders as HTML (Atom `type="html"`, RSS `<description>`) and for XML
 * attribute values the `feed` package leaves unescaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * Plain text for a field that some readers show as text and others as HTML
 * (RSS `<title>`, `<category>`, `<dc:creator>`). Only what an HTML reader
 * would not take as text is escaped: a `<` that starts markup, an `&` that
 * starts a character reference, and `]]>` (the end of a CDATA section). So
 * no reader sees markup, and ordinary text (`Toegang & Wallet`, `a < b`)
 * reads the same in both kinds of reader.
 */
export function htmlSafeText(text: string): string {
  return text
    .replace(/&(?=[A-Za-z0-9#])/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/]]>/g, ']]&gt;');
}

/**
 * HTML that can sit in a CDATA section: every `]]>` (possible inside an
 * attribute value, which HTML serialisers leave as is) is written as
 * `]]&gt;`, which HTML reads as the same characters. The `feed` package only
 * splits the first `]]>` of a section.
 */
export function cdataSafeHtml(html: string): string {
  return html.replace(/]]>/g, ']]&gt;');
}

/**
 * A link target that is safe to hand to another program (structured data,
 * Open Graph, feed readers): `undefined` for `javascript:`, `vbscript:` and
 * `data:` URLs (src/mdx/safety), the URL itself otherwise.
 */
export function safeLinkUrl(url: string | undefined): string | undefined {
  return url === undefined || isUnsafeUrl(url) ? undefined : url;
}
