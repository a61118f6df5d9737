/**
 * The site as Caddy serves it (tests/support/global-setup.ts starts Caddy with
 * the repository's Caddyfile): headers, compression, redirects, the 404, and
 * every page loading under the enforced Content-Security-Policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inlineScripts, parseRedirects, scriptHash } from '../../scripts/serve/config';
import { existsInBuild } from '../../scripts/serve/generate';
import { expect, test, waitForHydration } from '../support/fixtures';
import { rawGet, type RawResponse } from '../support/http';
import { watchPage } from '../support/page-problems';
import { sitePaths } from '../support/sitemap';

const ROOT = path.resolve(__dirname, '..', '..');
const HAVEN =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';

/** Headers every response carries, HTML, assets and the 404 alike. */
const SECURITY_HEADERS: Record<string, string | RegExp> = {
  'strict-transport-security': /^max-age=(\d{8,}); includeSubDomains$/,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': /^(?:[a-z-]+=\(\), )*[a-z-]+=\(\)$/,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function expectSecurityHeaders(res: RawResponse, what: string): void {
  for (const [name, expected] of Object.entries(SECURITY_HEADERS)) {
    const value = res.headers[name];
    expect(value, `${name} on ${what}`).toBeDefined();
    if (typeof expected === 'string') expect(value, `${name} on ${what}`).toBe(expected);
    else expect(value, `${name} on ${what}`).toMatch(expected);
  }
  expect(res.headers['server'], `Server header on ${what}`).toBeUndefined();
  expectStrictCsp(res.headers['content-security-policy'], what);
}

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectStrictCsp(csp: string | undefined, what: string): void {
  expect(csp, `Content-Security-Policy on ${what}`).toBeDefined();
  const d = directives(csp ?? '');
  expect(d.get('default-src'), what).toEqual(["'self'"]);
  const script = d.get('script-src') ?? [];
  expect(script[0], what).toBe("'self'");
  for (const source of script.slice(1)) {
    expect(source, `script-src on ${what}`).toMatch(
      /^'sha256-[A-Za-z0-9+/]{43}='$|^'wasm-unsafe-eval'$/,
    );
  }
  expect(d.get('style-src'), what).toEqual(["'self'"]);
  expect(d.get('style-src-attr'), what).toEqual(["'unsafe-inline'"]);
  expect(d.get('img-src'), what).toEqual(["'self'", 'data:']);
  expect(d.get('font-src'), what).toEqual(["'self'"]);
  expect(d.get('connect-src'), what).toEqual(["'self'"]);
  expect(d.get('frame-src'), what).toEqual([
    'https://player.vimeo.com',
    'https://www.youtube-nocookie.com',
  ]);
  expect(d.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(d.get('base-uri'), what).toEqual(["'self'"]);
  expect(d.get('form-action'), what).toEqual(["'self'"]);
  expect(d.get('object-src'), what).toEqual(["'none'"]);
}

/** The hashed JS and CSS files a page's HTML links to. */
/** Asset URLs in a page: in `src`/`href` attributes and in the deferred-hydration loader. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src=|href=|")"?(\/assets\/[^"\s>]+)/g)].map((m) => m[1]);
}

test('an HTML page has every security header, a hashed-script CSP and revalidation', async ({
  prod,
}) => {
  const res = await rawGet(prod + HAVEN);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expectSecurityHeaders(res, HAVEN);
  expect(res.headers['cache-control']).toBe('no-cache');
  expect(res.headers['etag'] ?? res.headers['last-modified']).toBeDefined();
  // Every inline script of the page is allowed by its hash, and nothing more is.
  const html = readFileSync(path.join(ROOT, 'build', HAVEN + '.html'), 'utf8');
  const hashes = inlineScripts(html).map(scriptHash);
  expect(hashes.length).toBeGreaterThan(0);
  const script = directives(res.headers['content-security-policy']).get('script-src') ?? [];
  for (const hash of hashes) expect(script).toContain(hash);
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
});

test('hashed assets are cached for a year as immutable and carry the same headers', async ({
  prod,
}) => {
  const html = (await rawGet(prod + '/')).body.toString('utf8');
  const assets = assetsOf(html);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  for (const asset of assets) {
    const res = await rawGet(prod + asset);
    expect(res.status, asset).toBe(200);
    expect(res.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(res, asset);
  }
  // Files without a content hash in their name are revalidated.
  const logo = await rawGet(prod + '/img/logo.svg');
  expect(logo.status).toBe(200);
  expect(logo.headers['cache-control']).toBe('no-cache');
});

test('HTML, CSS and JS are compressed with gzip or zstd on request', async ({ prod }) => {
  const html = (await rawGet(prod + '/')).body.toString('utf8');
  const js = assetsOf(html).find((a) => a.endsWith('.js'));
  const css = assetsOf(html).find((a) => a.endsWith('.css'));
  for (const p of [HAVEN, js!, css!]) {
    const plain = await rawGet(prod + p);
    expect(plain.headers['content-encoding'], p).toBeUndefined();

    const gzip = await rawGet(prod + p, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding'], p).toBe('gzip');
    expect(gzip.headers['vary'], p).toContain('Accept-Encoding');
    expect(gunzipSync(gzip.body).equals(plain.body), `gzip body of ${p}`).toBe(true);
    expect(gzip.body.length, p).toBeLessThan(plain.body.length);

    const zstd = await rawGet(prod + p, { 'Accept-Encoding': 'zstd' });
    expect(zstd.headers['content-encoding'], p).toBe('zstd');
    // Node 20 has no zstd decoder: check the frame magic number and the size.
    expect(zstd.body.subarray(0, 4).toString('hex'), p).toBe('28b52ffd');
    expect(zstd.body.length, p).toBeLessThan(plain.body.length);

    // A browser asking for both gets zstd, the server's first choice.
    const both = await rawGet(prod + p, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(both.headers['content-encoding'], p).toBe('zstd');
  }
});

test("Pagefind's gzip files are sent as gzip, and its hashed files are immutable", async ({
  prod,
}) => {
  const dir = path.join(ROOT, 'build', 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const nl = entry.languages.nl;
  expect(nl, 'a Dutch index').toBeDefined();
  const first = (sub: string): string => {
    const file = readdirSync(path.join(dir, sub))[0];
    expect(file, `a file in pagefind/${sub}`).toBeDefined();
    return `/pagefind/${sub}/${file}`;
  };
  const hashed = [
    `/pagefind/pagefind.${nl.hash}.pf_meta`,
    first('index'),
    first('fragment'),
    first('filter'),
  ];
  for (const p of [...hashed, `/pagefind/wasm.${nl.wasm}.pagefind`]) {
    const res = await rawGet(prod + p, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status, p).toBe(200);
    // The bytes on disk, as they are (not compressed again), labelled as gzip:
    // the browser inflates them and Pagefind finds its signature.
    expect(res.headers['content-encoding'], p).toBe('gzip');
    const disk = readFileSync(path.join(ROOT, 'build', p));
    expect(res.body.equals(disk), `${p} is sent as it is on disk`).toBe(true);
    expect(gunzipSync(res.body).subarray(0, 12).toString('latin1'), p).toBe('pagefind_dcd');
    expectSecurityHeaders(res, p);
    expect(res.headers['cache-control'], p).toBe(
      // The WebAssembly (no hash in its name) may be kept a minute: the page
      // fetches it early and Pagefind reads it from the cache.
      hashed.includes(p) ? 'public, max-age=31536000, immutable' : 'private, max-age=60',
    );
  }
  // A missing index file is the plain 404, not a page labelled as gzip.
  const missing = await rawGet(prod + '/pagefind/fragment/nl_0000000.pf_fragment');
  expect(missing.status).toBe(404);
  expect(missing.headers['content-encoding']).toBeUndefined();
  expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
  // The entry file is revalidated, except when asked for with a page view's tag.
  expect((await rawGet(prod + '/pagefind/pagefind-entry.json')).headers['cache-control']).toBe(
    'no-cache',
  );
  const tagged = await rawGet(prod + '/pagefind/pagefind-entry.json?ts=1700000000000');
  expect(tagged.status).toBe(200);
  expect(tagged.headers['cache-control']).toBe('private, max-age=60');
  // pagefind.js is compressed like any script and revalidated.
  const script = await rawGet(prod + '/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip' });
  expect(script.headers['content-encoding']).toBe('gzip');
  expect(script.headers['cache-control']).toBe('no-cache');
});

test('every row of redirects.csv is a 301 to its new URL', async ({ prod }) => {
  const csv = readFileSync(path.join(ROOT, 'redirects.csv'), 'utf8');
  const redirects = parseRedirects(csv, (p) => existsInBuild(path.join(ROOT, 'build'), p));
  expect(redirects.length).toBeGreaterThan(0);
  for (const r of redirects) {
    const res = await rawGet(prod + r.from);
    expect(res.status, r.from).toBe(301);
    expect(res.headers['location'], r.from).toBe(r.to);
    expectSecurityHeaders(res, r.from);
    if (r.to.startsWith('/')) expect((await rawGet(prod + r.to)).status, r.to).toBe(200);
  }
  // One URL per page: a trailing slash is redirected away.
  const slash = await rawGet(prod + '/blog/');
  expect(slash.status).toBe(301);
  expect(slash.headers['location']).toBe('/blog');
});

test('an unknown URL gets the Dutch 404 page with status 404', async ({ page, prod }) => {
  const res = await rawGet(prod + '/bestaat-niet/echt-niet', { 'Accept-Encoding': 'gzip' });
  expect(res.status).toBe(404);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(res.headers['content-encoding']).toBe('gzip');
  expectSecurityHeaders(res, '404');
  expect(res.headers['cache-control']).toBe('no-cache');
  expect(gunzipSync(res.body).toString('utf8')).toContain('Pagina niet gevonden');

  const problems = await watchPage(page);
  const response = await page.goto(prod + '/bestaat-niet');
  expect(response?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await problems.cspViolations()).toEqual([]);
  // The browser logs the 404 status of the document itself; nothing else may fail.
  expect(problems.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});

test('security.txt (RFC 9116) is served as plain text from /.well-known/', async ({ prod }) => {
  const res = await rawGet(prod + '/.well-known/security.txt');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(res.body.toString('utf8')).toBe(
    readFileSync(path.join(ROOT, 'static', '.well-known', 'security.txt'), 'utf8'),
  );
  expectSecurityHeaders(res, '/.well-known/security.txt');
});

test('server configuration files are not served', async ({ prod }) => {
  for (const p of ['/Caddyfile', '/redirects.csv', '/.caddy/build/csp.caddy', '/csp.caddy']) {
    expect((await rawGet(prod + p)).status, p).toBe(404);
  }
});

for (const [name, dir] of [
  ['production', 'build'],
  ['preview', 'build-preview'],
] as const) {
  test(`every page of the ${name} build loads with zero CSP violations and console errors`, async ({
    page,
    prod,
    preview,
  }) => {
    test.setTimeout(300_000);
    const base = name === 'production' ? prod : preview;
    const paths = sitePaths(path.join(ROOT, dir));
    expect(paths.length).toBeGreaterThan(5);
    const problems = await watchPage(page);
    const failures: string[] = [];
    for (const p of paths) {
      const response = await page.goto(base + p);
      expect(response?.status(), p).toBe(200);
      expect(response?.headers()['content-security-policy'], p).toBeDefined();
      await waitForHydration(page);
      // Let lazy work (prefetches, idle callbacks) run before reading the results.
      await page.waitForLoadState('networkidle');
      for (const v of await problems.cspViolations()) failures.push(`${p}: CSP ${v}`);
    }
    failures.push(...problems.errors);
    expect(failures).toEqual([]);
  });
}
