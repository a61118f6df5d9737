/**
 * `npm run check:links:external`: checks every link to another site in the
 * production and preview builds (and absolute links to the live
 * developer.overheid.nl), over the network. Not part of `npm test`, which runs
 * offline.
 *
 *   npm run check:links:external [-- buildDir...]
 *
 * Exits 1 when a link is broken (HTTP 4xx/5xx, or no answer) and 2 when there
 * is no network at all.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { collectLinks, ROOT } from './links';

const TIMEOUT_MS = 15_000;
const CONCURRENCY = 4;
const USER_AGENT = 'developer.overheid.nl link checker (+https://developer.overheid.nl)';

interface Result {
  url: string;
  status: number | string;
  ok: boolean;
}

async function check(url: string): Promise<Result> {
  const attempt = async (method: 'HEAD' | 'GET'): Promise<Response> => {
    const res = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,*/*' },
    });
    await res.body?.cancel();
    return res;
  };
  try {
    let res = await attempt('HEAD');
    // Some servers refuse HEAD or answer it wrongly: ask again with GET.
    if (res.status >= 400) res = await attempt('GET');
    // 429 (rate limited) and 999 (LinkedIn) say nothing about the link itself.
    const ok = res.status < 400 || res.status === 429 || res.status === 999;
    return { url, status: res.status, ok };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { url, status: cause ?? (error as Error).name, ok: false };
  }
}

async function main(): Promise<number> {
  const given = process.argv.slice(2);
  const dirs = (given.length > 0 ? given : ['build', 'build-preview'])
    .map((d) => path.resolve(ROOT, d))
    .filter((d) => given.length > 0 || existsSync(path.join(d, 'index.html')));
  if (dirs.length === 0) {
    console.error('Geen build gevonden: draai eerst `npm run build`.');
    return 1;
  }
  const pagesByUrl = new Map<string, Set<string>>();
  for (const dir of dirs) {
    for (const link of collectLinks(dir)) {
      if (link.internal) continue;
      const url = link.url.href.replace(/#.*$/, '');
      const pages = pagesByUrl.get(url) ?? new Set<string>();
      pages.add(link.from);
      pagesByUrl.set(url, pages);
    }
  }
  const urls = [...pagesByUrl.keys()].sort();
  const names = dirs.map((d) => path.relative(ROOT, d) + '/').join(' en ');
  console.log(`${urls.length} externe links in ${names} controleren…`);
  const results: Result[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) {
        const url = urls[next++];
        const result = await check(url);
        results.push(result);
        console.log(`${result.ok ? '✓' : '✗'} ${result.status} ${url}`);
      }
    }),
  );
  const broken = results.filter((r) => !r.ok);
  const offline = broken.filter((r) => typeof r.status === 'string');
  if (urls.length > 0 && offline.length === results.length) {
    console.error(
      'Geen netwerk: geen enkele externe link gaf antwoord. Probeer het later opnieuw.',
    );
    return 2;
  }
  if (broken.length > 0) {
    console.error(`\n${broken.length} kapotte externe link(s):`);
    for (const r of broken.sort((a, b) => a.url.localeCompare(b.url))) {
      console.error(`  ${r.status} ${r.url}\n    op: ${[...pagesByUrl.get(r.url)!].join(', ')}`);
    }
    return 1;
  }
  console.log(`Alle ${urls.length} externe links werken.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
