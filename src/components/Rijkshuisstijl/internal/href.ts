/**
 * Which links go through `@docusaurus/Link` (client-side navigation, prefetch,
 * and Docusaurus' broken-link and broken-anchor checks) and which stay a plain
 * `<a>`.
 *
 * Internal: root-relative paths (`/blog/…`), relative paths (`../x`, `x`),
 * `#anchors` and Docusaurus' own `pathname://` escape hatch. A root-relative or
 * relative path to a file (`/files/x.pdf`) is not a route: it becomes a
 * `pathname://` link (base URL applied, no client-side routing).
 *
 * External: anything with a scheme (`https:`, `mailto:`, `tel:`) or
 * protocol-relative (`//host`). That includes absolute URLs of our own domain
 * (`https://developer.overheid.nl/…`) on purpose: developer.overheid.nl serves
 * other applications besides this blog (for example `/communities/…` in the
 * NDS post), so treating its absolute URLs as routes of this site would fail
 * the broken-link check for pages that do exist.
 */

export type HrefKind = 'none' | 'internal' | 'file' | 'external';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
/** A path whose last segment has an extension other than .html, e.g. `report.pdf`. */
const FILE_PATH = /(?:^|\/)[^/]+\.(?!html?$)[a-z\d]+$/i;

export function hrefKind(href: string | undefined): HrefKind {
  if (href === undefined || href === '') return 'none';
  if (href.startsWith('pathname://')) return 'internal';
  if (href.startsWith('//') || SCHEME.test(href)) return 'external';
  if (href.startsWith('#')) return 'internal';
  const pathname = href.split(/[?#]/, 1)[0];
  return FILE_PATH.test(pathname) ? 'file' : 'internal';
}
