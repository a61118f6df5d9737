/**
 * The production image's Dockerfile, read with dockerfile-ast. How the image
 * serves the site is tested by the server tests against the image laid out
 * from this file (SERVER=image, tests/support/image.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerIgnored, readDockerfile, ROOT, userIds } from '../support/image';

const stages = readDockerfile();
const [build, serve] = [stages[0], stages[stages.length - 1]];
const ignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n');

describe('Dockerfile', () => {
  it('has a build stage on the Node LTS of .nvmrc and a Caddy stage, each pinned to an exact version', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', undefined]);
    const lts = readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(build.image).toMatch(
      new RegExp(`^node:${lts}\\.\\d+\\.\\d+-[a-z]+-slim(?:@sha256:[0-9a-f]{64})?$`),
    );
    expect(serve.image).toMatch(/^caddy:2\.\d+\.\d+-alpine(?:@sha256:[0-9a-f]{64})?$/);
  });

  it('installs the build dependencies only, and builds with npm run build', () => {
    expect(build.runs.some((run) => /\bnpm ci --omit=dev\b/.test(run))).toBe(true);
    expect(build.runs.some((run) => /\bnpm run build\b/.test(run))).toBe(true);
    // Mermaid diagrams need a browser at build time; git dates the pages.
    expect(build.runs.some((run) => /apt-get install .*\bchromium\b.*\bgit\b/.test(run))).toBe(
      true,
    );
    expect(build.env.CHROMIUM_PATH).toBe('/usr/bin/chromium');
  });

  it('serves with the Caddyfile, the build and its generated configuration', () => {
    expect(serve.copies).toEqual([
      { from: undefined, sources: ['Caddyfile'], dest: '/etc/caddy/Caddyfile', chown: undefined },
      {
        from: 'build',
        sources: ['/app/.caddy/build'],
        dest: serve.env.CADDY_GENERATED,
        chown: undefined,
      },
      { from: 'build', sources: ['/app/build'], dest: serve.env.SITE_ROOT, chown: undefined },
    ]);
    expect(serve.cmd).toEqual([
      'caddy',
      'run',
      '--config',
      '/etc/caddy/Caddyfile',
      '--adapter',
      'caddyfile',
    ]);
  });

  it('listens on 0.0.0.0:8080 as an unprivileged user, with a health check', () => {
    expect(serve.env.BIND).toBe('0.0.0.0');
    expect(serve.env.PORT).toBe('8080');
    expect(serve.expose).toEqual([8080]);
    expect(userIds(serve.user).uid).toBeGreaterThan(0);
    expect(serve.healthcheck?.cmd).toEqual(['wget', '-q', '--spider', 'http://127.0.0.1:8080/']);
    expect(serve.healthcheck?.options.interval).toMatch(/^\d+s$/);
    // Caddy's own state goes to a writable place, not to root-owned /config and /data.
    expect(serve.env.XDG_CONFIG_HOME).toMatch(/^\/tmp\//);
    expect(serve.env.XDG_DATA_HOME).toMatch(/^\/tmp\//);
  });

  it('rejects a user given by name or as root', () => {
    expect(() => userIds('caddy')).toThrow(/numeric/);
    expect(userIds('0').uid).toBe(0);
    expect(userIds('65534:65534')).toEqual({ uid: 65534, gid: 65534 });
  });
});

describe('.dockerignore', () => {
  it('leaves out what the build makes again, and keeps the git history and the sources', () => {
    for (const made of [
      'node_modules',
      'build',
      'build-preview',
      '.caddy',
      'node_modules/x/y.js',
    ]) {
      expect(dockerIgnored(made, ignore), made).toBe(true);
    }
    for (const kept of [
      '.git',
      '.git/HEAD',
      'Caddyfile',
      'package.json',
      'package-lock.json',
      'blog/authors.yml',
    ]) {
      expect(dockerIgnored(kept, ignore), kept).toBe(false);
    }
  });

  it('follows the pattern rules of .dockerignore', () => {
    expect(dockerIgnored('a/b.log', ['**/*.log'])).toBe(true);
    expect(dockerIgnored('b.log', ['*.log'])).toBe(true);
    expect(dockerIgnored('docs/x.md', ['docs', '!docs/x.md'])).toBe(false);
    expect(dockerIgnored('docsite/x.md', ['docs'])).toBe(false);
  });
});
