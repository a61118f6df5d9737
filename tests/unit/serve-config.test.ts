import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspSnippet,
  inlineScripts,
  finalTarget,
  parseRedirects,
  redirectsSnippet,
  scriptHash,
  unhashableScripts,
} from '../../scripts/serve/config';

describe('inlineScripts', () => {
  it('finds inline scripts and skips external scripts and data blocks', () => {
    const html = [
      '<script>a()</script>',
      '<script src="/assets/js/main.js"></script>',
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script>',
      '<script type="module">b()</script>',
      "<SCRIPT type='text/javascript'>\nc()\n</SCRIPT>",
    ].join('');
    expect(inlineScripts(html)).toEqual(['a()', 'b()', '\nc()\n']);
  });

  it('reads the page as a browser does: markup inside an attribute value is text', () => {
    // The minifier leaves `<` as is in attribute values, so a description
    // that spells out a script reaches the HTML like this.
    const html =
      '<meta name=description content="x </script><script>evil()</script> y">' +
      '<img alt="<script>evil()</script>" src=a.png><script>ok()</script>';
    expect(inlineScripts(html)).toEqual(['ok()']);
    expect(unhashableScripts('<meta content="<img src=x onerror=evil()>">')).toEqual([]);
  });
});

describe('scriptHash', () => {
  it('is the base64 sha256 of the exact UTF-8 source', () => {
    const source = 'document.documentElement.setAttribute("data-theme","light")';
    const expected = createHash('sha256').update(source).digest('base64');
    expect(scriptHash(source)).toBe(`'sha256-${expected}'`);
  });
});

describe('unhashableScripts', () => {
  it('reports inline event handlers and javascript: URLs', () => {
    const html = '<img src="x.png" onerror="boom()"><a href="javascript:void(0)">x</a>';
    expect(unhashableScripts(html)).toEqual([
      'onerror= op <img>',
      'javascript:-URL in href= op <a>',
    ]);
  });

  it('does not look inside scripts', () => {
    expect(unhashableScripts('<script>const s = "<a onclick=x>";</script>')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows hashed scripts and WebAssembly but no inline or eval', () => {
    const csp = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
    expect(csp).toContain("script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-inline'[^;]*;[^;]*style-src-attr/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self'; style-src-attr 'unsafe-inline'");
  });

  it('becomes one Caddyfile directive', () => {
    expect(cspSnippet("default-src 'self'")).toContain(
      `header Content-Security-Policy "default-src 'self'"`,
    );
  });
});

describe('parseRedirects', () => {
  const pages = new Set(['/blog', '/blog/nieuw']);
  const exists = (p: string): boolean => pages.has(p);

  it('reads rows after the header and skips blank lines and comments', () => {
    const csv = 'oud,nieuw\n# verhuisd\n/blog/oud,/blog/nieuw\n\n/x , https://example.org/y\n';
    expect(parseRedirects(csv, exists)).toEqual([
      { from: '/blog/oud', to: '/blog/nieuw', line: 3 },
      { from: '/x', to: 'https://example.org/y', line: 5 },
    ]);
  });

  it('writes one 301 per row', () => {
    expect(redirectsSnippet([{ from: '/a', to: '/blog', line: 2 }])).toContain(
      'redir "/a" "/blog" 301 # redirects.csv:2',
    );
  });

  it('requires the header row', () => {
    expect(() => parseRedirects('/a,/blog\n', exists)).toThrow(
      'redirects.csv, regel 1: de eerste regel moet de kopregel "oud,nieuw" (of "from,to") zijn.',
    );
  });

  it("reads the live repository's file as it is: a `from,to` header", () => {
    expect(parseRedirects('from,to\n/blog/oud,/blog/nieuw\n', exists)).toEqual([
      { from: '/blog/oud', to: '/blog/nieuw', line: 2 },
    ]);
  });

  it('sends a target with a trailing slash to its final URL: one 301, not two', () => {
    const rows = parseRedirects('from,to\n/a,/blog/nieuw/\n/b,/blog/nieuw/#kop\n/c,/\n', (p) =>
      ['/blog/nieuw', '/'].includes(p),
    );
    expect(rows.map((row) => row.to)).toEqual(['/blog/nieuw', '/blog/nieuw#kop', '/']);
    expect(redirectsSnippet(rows)).toContain('redir "/a" "/blog/nieuw" 301');
    expect(finalTarget('https://example.org/pad/')).toBe('https://example.org/pad/');
  });

  const bad: [string, RegExp][] = [
    ['/a', /regel 2: verwacht twee kolommen/],
    ['/a,/blog,/c', /regel 2: verwacht twee kolommen/],
    ['https://developer.overheid.nl/a,/blog', /regel 2: de oude URL .* moet een pad/],
    ['/a b,/blog', /regel 2: de oude URL .* bevat een teken/],
    ['/a,blog', /regel 2: de nieuwe URL "blog" moet beginnen met/],
    ['/a,/a', /regel 2: de oude en de nieuwe URL zijn gelijk/],
    ['/blog,/blog/nieuw', /regel 2: op de oude URL "\/blog" staat nog een pagina/],
    ['/a,/bestaat-niet', /regel 2: de nieuwe URL "\/bestaat-niet" bestaat niet/],
  ];
  for (const [row, message] of bad) {
    it(`refuses "${row}" with a Dutch message naming the line`, () => {
      expect(() => parseRedirects(`oud,nieuw\n${row}\n`, exists)).toThrow(message);
    });
  }

  it('refuses duplicates and chains, naming both lines', () => {
    expect(() => parseRedirects('oud,nieuw\n/a,/blog\n/a,/blog/nieuw\n', exists)).toThrow(
      /regel 3: de oude URL "\/a" staat al op regel 2/,
    );
    expect(() => parseRedirects('oud,nieuw\n/a,/b\n/b,/blog\n', exists)).toThrow(
      /regel 2: de nieuwe URL "\/b" wordt zelf weer doorverwezen \(regel 3\)/,
    );
  });

  it('reports every bad row at once', () => {
    expect(() => parseRedirects('oud,nieuw\n/a\n/b,c\n', exists)).toThrow(
      /regel 2: .*\nredirects\.csv, regel 3: /,
    );
  });
});
