/**
 * Pure functions behind the generated Caddy configuration: the hashes of the
 * inline scripts in a build, the Content-Security-Policy built from them, and
 * the redirects editors keep in `redirects.csv`. No file system access here, so
 * the unit tests can feed them strings.
 */
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { attributeOf, elementsOf, textOf } from '../../plugins/lib/html-tree';

/** Script `type` values a browser executes, so CSP applies to them. */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

/** What the Content-Security-Policy has to know about the scripts of one page. */
export interface PageScripts {
  /**
   * The source text of every inline script the browser would run (no
   * `src`, and a JavaScript or module type). Data blocks such as
   * `application/ld+json` are not scripts to CSP and are left out.
   */
  inline: string[];
  /**
   * What a strict CSP blocks and no hash can allow without
   * `'unsafe-hashes'`: inline event handlers and `javascript:` URLs.
   */
  unhashable: string[];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * The scripts of an HTML document, read with a real HTML parser (parse5) as
 * the browser reads it. A pattern over the raw text would also find a
 * `<script>` spelled out inside an attribute value (the minifier leaves `<`
 * as is there), in a page's description say, and the policy would then
 * allow whatever script a title or description wrote out.
 */
export function pageScripts(html: string): PageScripts {
  const inline: string[] = [];
  const unhashable = new Set<string>();
  for (const element of elementsOf(parse(html))) {
    if (element.tagName === 'script' && attributeOf(element, 'src') === undefined) {
      const type = (attributeOf(element, 'type') ?? '').trim().toLowerCase();
      if (EXECUTABLE_TYPES.has(type)) {
        inline.push(textOf(element));
      }
    }
    for (const { name, value, prefix } of element.attrs) {
      const full = (prefix ? `${prefix}:${name}` : name).toLowerCase();
      if (/^on[a-z]+$/.test(full)) unhashable.add(`${full}= op <${element.tagName}>`);
      // Browsers ignore tab and newline anywhere in a URL, and leading spaces.
      // eslint-disable-next-line no-control-regex
      const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
      if (URL_ATTRIBUTES.has(full) && /^javascript:/i.test(url)) {
        unhashable.add(`javascript:-URL in ${full}= op <${element.tagName}>`);
      }
    }
  }
  return { inline, unhashable: [...unhashable] };
}

/** The inline scripts of a page that CSP applies to (see {@link pageScripts}). */
export function inlineScripts(html: string): string[] {
  return pageScripts(html).inline;
}

/** Event handlers and `javascript:` URLs of a page (see {@link pageScripts}). */
export function unhashableScripts(html: string): string[] {
  return pageScripts(html).unhashable;
}

/** A CSP source expression for a script: `'sha256-<base64>'` of its UTF-8 text. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** Hosts that may be framed: the video embeds, which load only after a click. */
export const FRAME_SOURCES = ['https://player.vimeo.com', 'https://www.youtube-nocookie.com'];

/**
 * The Content-Security-Policy for a build, given the hashes of its inline
 * scripts. `'wasm-unsafe-eval'` is for Pagefind's WebAssembly search; it does
 * not allow `eval()` of JavaScript.
 */
export function contentSecurityPolicy(hashes: readonly string[]): string {
  const unique = [...new Set(hashes)].sort();
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...unique, "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['frame-src', ...FRAME_SOURCES],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['object-src', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export interface Redirect {
  from: string;
  to: string;
  /** Line in redirects.csv, 1-based, for messages. */
  line: number;
}

/** A redirect row an editor has to fix, with the line it is on. */
export class RedirectError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`redirects.csv, regel ${line}: ${message}`);
    this.name = 'RedirectError';
  }
}

export const REDIRECTS_HEADER = 'oud,nieuw';
/** Header rows redirects.csv may start with: ours, and the live repository's `from,to`. */
export const REDIRECTS_HEADERS: readonly string[] = [REDIRECTS_HEADER, 'from,to'];

/**
 * The final URL of a redirect target on this site. The site is built with
 * `trailingSlash: false` and the Caddyfile sends `/pad/` to `/pad` with a
 * 301, so a target written with a trailing slash would cost the reader a
 * second redirect: we send them to the final URL at once.
 */
export function finalTarget(to: string): string {
  if (!to.startsWith('/')) return to;
  const match = /^([^?#]*?)\/+([?#].*)?$/.exec(to);
  if (!match || match[1] === '') return to;
  return `${match[1]}${match[2] ?? ''}`;
}

/** Characters that would change the meaning of a path in the Caddyfile or in a URL. */
const UNSAFE_PATH = /[\s"'`{}\\*?#<>|^]/;

/**
 * Parses `redirects.csv`: a header row `oud,nieuw` (or `from,to`, as the live
 * repository writes it), then one redirect a line, old path first. A target
 * on this site with a trailing slash is stored as its final URL
 * (`finalTarget`). Blank lines and lines starting with `#` are skipped. Every
 * problem is reported in Dutch with its line number; all problems are
 * collected before throwing, so an editor sees them at once.
 *
 * `exists(path)` says whether the build has a page or file at a path; it is
 * used to refuse redirects that would hide a page and redirects to nowhere.
 */
export function parseRedirects(
  csv: string,
  exists: (urlPath: string) => boolean = () => true,
): Redirect[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: RedirectError[] = [];
  const redirects: Redirect[] = [];
  const firstLine = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const header =
    firstLine === -1
      ? ''
      : lines[firstLine]
          .trim()
          .toLowerCase()
          .replace(/\s*,\s*/, ',');
  if (!REDIRECTS_HEADERS.includes(header)) {
    throw new RedirectError(
      firstLine === -1 ? 1 : firstLine + 1,
      `de eerste regel moet de kopregel "${REDIRECTS_HEADER}" (of "from,to") zijn.`,
    );
  }
  const seen = new Map<string, number>();
  for (let i = firstLine + 1; i < lines.length; i++) {
    const text = lines[i].trim();
    const line = i + 1;
    if (text === '' || text.startsWith('#')) continue;
    const cells = text.split(',').map((c) => c.trim());
    if (cells.length !== 2 || cells[0] === '' || cells[1] === '') {
      errors.push(
        new RedirectError(line, `verwacht twee kolommen "oud,nieuw", gevonden: "${text}".`),
      );
      continue;
    }
    const from = cells[0];
    const to = finalTarget(cells[1]);
    if (!from.startsWith('/') || from.startsWith('//')) {
      errors.push(
        new RedirectError(
          line,
          `de oude URL "${from}" moet een pad op deze site zijn dat begint met "/", zonder domeinnaam.`,
        ),
      );
      continue;
    }
    if (UNSAFE_PATH.test(from)) {
      errors.push(
        new RedirectError(
          line,
          `de oude URL "${from}" bevat een teken dat niet mag (spatie, aanhalingsteken, *, ?, # of accolade).`,
        ),
      );
      continue;
    }
    const external = /^https:\/\/[^/\s]+/.test(to);
    if (!external && (!to.startsWith('/') || to.startsWith('//'))) {
      errors.push(
        new RedirectError(
          line,
          `de nieuwe URL "${to}" moet beginnen met "/" (op deze site) of met "https://".`,
        ),
      );
      continue;
    }
    if (/[\s"'`{}\\<>|^]/.test(to)) {
      errors.push(
        new RedirectError(
          line,
          `de nieuwe URL "${to}" bevat een teken dat niet mag (spatie, aanhalingsteken of accolade).`,
        ),
      );
      continue;
    }
    if (from === to) {
      errors.push(new RedirectError(line, `de oude en de nieuwe URL zijn gelijk ("${from}").`));
      continue;
    }
    const earlier = seen.get(from);
    if (earlier !== undefined) {
      errors.push(new RedirectError(line, `de oude URL "${from}" staat al op regel ${earlier}.`));
      continue;
    }
    seen.set(from, line);
    redirects.push({ from, to, line });
  }
  // Second pass, once every old URL is known: pages hidden, targets missing, chains.
  const valid: Redirect[] = [];
  for (const r of redirects) {
    if (exists(r.from)) {
      errors.push(
        new RedirectError(
          r.line,
          `op de oude URL "${r.from}" staat nog een pagina; een doorverwijzing zou die verbergen.`,
        ),
      );
      continue;
    }
    const target = r.to.replace(/[?#].*$/, '');
    const next = seen.get(target);
    if (next !== undefined) {
      errors.push(
        new RedirectError(
          r.line,
          `de nieuwe URL "${r.to}" wordt zelf weer doorverwezen (regel ${next}); verwijs direct naar het eindadres.`,
        ),
      );
      continue;
    }
    if (r.to.startsWith('/') && !exists(target)) {
      errors.push(
        new RedirectError(r.line, `de nieuwe URL "${r.to}" bestaat niet in de gebouwde site.`),
      );
      continue;
    }
    valid.push(r);
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    const error = new AggregateError(errors, errors.map((e) => e.message).join('\n'));
    throw error;
  }
  return valid;
}

/** Quotes a value for the Caddyfile (values we write never contain `"` or `\`). */
function quote(value: string): string {
  if (/["\\\n]/.test(value)) throw new Error(`Cannot quote ${JSON.stringify(value)} for Caddy.`);
  return `"${value}"`;
}

/** The Caddyfile snippet that sets the Content-Security-Policy header. */
export function cspSnippet(csp: string): string {
  return [
    '# Generated by scripts/serve/generate.ts from the inline scripts in the build.',
    '# Do not edit: regenerate with `npm run serve:config`.',
    `header Content-Security-Policy ${quote(csp)}`,
    '',
  ].join('\n');
}

/** The Caddyfile snippet with one permanent redirect per row of redirects.csv. */
export function redirectsSnippet(redirects: readonly Redirect[]): string {
  const lines = [
    '# Generated by scripts/serve/generate.ts from redirects.csv.',
    '# Do not edit: change redirects.csv and regenerate with `npm run serve:config`.',
  ];
  for (const r of redirects) {
    lines.push(`redir ${quote(r.from)} ${quote(r.to)} 301 # redirects.csv:${r.line}`);
  }
  lines.push('');
  return lines.join('\n');
}
