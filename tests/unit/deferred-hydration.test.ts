import { describe, expect, it } from 'vitest';
import { deferPage, loaderScript, routeOfFile } from '../../plugins/deferred-hydration';

const PAGE =
  '<html data-has-hydrated=false><head><meta charset=UTF-8>' +
  '<script src=/assets/js/runtime~main.1c81e5a4.js defer></script>' +
  '<script src=/assets/js/main.54ff3b58.js defer></script>' +
  '<link rel=stylesheet href=/assets/css/styles.1d8ce264.css></head><body>tekst</body></html>';

describe('deferred hydration', () => {
  it('maps built files to their routes', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile('zoeken.html')).toBe('/zoeken');
    expect(routeOfFile('blog/tags/index.html')).toBe('/blog/tags');
    expect(routeOfFile('blog/2024/12/31/haven.html')).toBe('/blog/2024/12/31/haven');
  });

  it('replaces both entry scripts by one loader, in their place, and keeps the rest', () => {
    const seen: string[][] = [];
    const out = deferPage(PAGE, (scripts) => {
      seen.push(scripts);
      return 'LOADER';
    });
    expect(seen).toEqual([['/assets/js/runtime~main.1c81e5a4.js', '/assets/js/main.54ff3b58.js']]);
    expect(out).toBe(
      '<html data-has-hydrated=false><head><meta charset=UTF-8><script>LOADER</script>' +
        '<link rel=stylesheet href=/assets/css/styles.1d8ce264.css></head><body>tekst</body></html>',
    );
  });

  it('also finds quoted attributes and leaves pages without entry scripts alone', () => {
    const quoted = PAGE.replace(/src=(\S+?) defer/g, 'src="$1" defer=""');
    expect(deferPage(quoted, () => 'L')).not.toContain('main.54ff3b58.js');
    const plain = '<html><body><script>var a=1</script></body></html>';
    expect(deferPage(plain, () => 'L')).toBe(plain);
  });

  it('minifies the loader with the script URLs in it, runtime first', async () => {
    const code = await loaderScript(['/assets/js/runtime~main.1.js', '/assets/js/main.2.js']);
    expect(code.length).toBeLessThan(2500);
    expect(code).toContain('["/assets/js/runtime~main.1.js","/assets/js/main.2.js"]');
    expect(code).not.toContain('__SCRIPTS__');
    expect(code).toContain('data-has-hydrated');
  });
});
