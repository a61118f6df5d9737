import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInternalLinks, collectLinks, pagePath } from '../../scripts/links/links';

function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'links-'));
  mkdirSync(path.join(dir, 'blog'));
  mkdirSync(path.join(dir, 'assets', 'css'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    [
      '<a href="/blog">blog</a>',
      '<a href="/blog/">blog with slash</a>',
      '<a href="blog/post#intro">post anchor</a>',
      '<a href="/blog/post#nergens">missing anchor</a>',
      '<a href="/weg">missing page</a>',
      '<a href="https://example.org/x">external</a>',
      '<a href="mailto:a@b.nl">mail</a>',
      '<img src="/img/missing.png" alt="">',
      '<a href="#top">top</a><div id="top"></div>',
    ].join(''),
  );
  writeFileSync(path.join(dir, 'blog.html'), '<link rel="stylesheet" href="/assets/css/s.css">');
  writeFileSync(path.join(dir, 'blog', 'post.html'), '<h2 id="intro">Intro</h2>');
  writeFileSync(path.join(dir, 'assets', 'css', 's.css'), 'a{background:url(../fonts/f.woff2)}');
  return dir;
}

describe('links', () => {
  it('maps HTML files to the clean URLs the server answers', () => {
    expect(pagePath('/b', '/b/index.html')).toBe('/');
    expect(pagePath('/b', '/b/blog/post.html')).toBe('/blog/post');
    expect(pagePath('/b', '/b/404.html')).toBe('/404.html');
  });

  it('reports missing pages, assets and anchors, and nothing else', () => {
    const dir = fakeBuild();
    const links = collectLinks(dir);
    expect(links.filter((l) => !l.internal).map((l) => l.href)).toEqual(['https://example.org/x']);
    expect(checkInternalLinks(dir, links, new Map())).toEqual([
      '/: <a "missing anchor"> → /blog/post#nergens: anker #nergens bestaat niet op /blog/post',
      '/: <a "missing page"> → /weg: bestaat niet',
      '/: <img> → /img/missing.png: bestaat niet',
      '/assets/css/s.css: url() in CSS → ../fonts/f.woff2: bestaat niet',
    ]);
  });
});
