/**
 * `npm run lighthouse`: Lighthouse (through @lhci/cli, mobile emulation, with
 * Debian's Chromium) over the homepage, the blog index, a post, a tag page and
 * the search page (when the build has one; empty and with results for
 * "haven"), served by Caddy exactly as in
 * production. Accessibility, best practices and SEO must score 100;
 * performance is reported only: it varies from run to run on these machines,
 * so it is a benchmark, not a test. Not part of `npm test`.
 *
 * Uses the preview build when it exists (tag pages exist only there), else the
 * production build. Reports land in .lighthouseci/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from '../tests/support/chromium';
import { freePort, startCaddy } from './serve/caddy';
import { defaultOutDir, generate, ROOT } from './serve/generate';

const HAVEN =
  '/blog/2024/12/31/haven-en-infra-as-code-samen-naar-een-digitale-standaard-voor-de-publieke-sector';

function pages(buildDir: string): string[] {
  const list = ['/', '/blog', HAVEN];
  const tagsDir = path.join(buildDir, 'blog', 'tags');
  if (existsSync(tagsDir)) {
    const tag = readdirSync(tagsDir).find((f) => f.endsWith('.html'));
    if (tag) list.push('/blog/tags/' + tag.replace(/\.html$/, ''));
  }
  // The search page empty, and with results (what a shared link opens).
  if (existsSync(path.join(buildDir, 'zoeken.html'))) list.push('/zoeken', '/zoeken?q=haven');
  return list;
}

/** `/zoeken?q=haven` of a full URL. */
function pageOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

interface LhrSummary {
  url: string;
  scores: Record<string, number | null>;
}

function summaries(): LhrSummary[] {
  const dir = path.join(ROOT, '.lighthouseci');
  const result: LhrSummary[] = [];
  for (const file of readdirSync(dir).filter((f) => /^lhr-.*\.json$/.test(f))) {
    const lhr = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
      finalDisplayedUrl?: string;
      finalUrl?: string;
      categories: Record<string, { score: number | null }>;
    };
    const scores: Record<string, number | null> = {};
    for (const [id, c] of Object.entries(lhr.categories)) scores[id] = c.score;
    result.push({ url: lhr.finalDisplayedUrl ?? lhr.finalUrl ?? '?', scores });
  }
  return result;
}

async function main(): Promise<number> {
  const preview = path.join(ROOT, 'build-preview');
  const buildDir = existsSync(path.join(preview, 'index.html'))
    ? preview
    : path.join(ROOT, 'build');
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    console.error('Geen build gevonden: draai eerst `npm run build`.');
    return 1;
  }
  const generated = generate(buildDir, defaultOutDir(buildDir));
  const caddy = await startCaddy({
    siteRoot: buildDir,
    generatedDir: generated.outDir,
    port: await freePort(),
  });
  try {
    const urls = pages(buildDir).map((p) => caddy.url + p);
    const chrome = findChromium();
    const collect = spawnSync(
      'npx',
      [
        'lhci',
        'collect',
        ...urls.map((u) => `--url=${u}`),
        `--chromePath=${chrome}`,
        '--numberOfRuns=1',
        '--settings.chromeFlags=--headless=new --no-sandbox --disable-gpu',
      ],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
    );
    if (collect.status !== 0) return collect.status ?? 1;
    const rows = summaries();
    console.log('\nLighthouse (mobiel), scores 0–100:');
    console.log(
      ['pagina'.padEnd(40), 'perf', 'a11y', 'best', 'seo'].map((h) => h.padStart(5)).join(' '),
    );
    for (const r of rows) {
      const s = (id: string): string => {
        const v = r.scores[id];
        return (v === null || v === undefined ? '—' : String(Math.round(v * 100))).padStart(5);
      };
      const p = pageOf(r.url).slice(0, 40).padEnd(40);
      console.log(
        [p, s('performance'), s('accessibility'), s('best-practices'), s('seo')].join(' '),
      );
    }
    const short = rows.flatMap((r) =>
      ['accessibility', 'best-practices', 'seo']
        .filter((id) => r.scores[id] !== 1)
        .map((id) => `${pageOf(r.url)}: ${id} ${Math.round((r.scores[id] ?? 0) * 100)}`),
    );
    if (short.length > 0) {
      console.error(`\nNiet 100:\n  ${short.join('\n  ')}\nRapporten staan in .lighthouseci/.`);
      return 1;
    }
    console.log('\nToegankelijkheid, best practices en SEO: 100 op elke pagina.');
    return 0;
  } finally {
    await caddy.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
