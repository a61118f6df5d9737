/**
 * A rebuild into a served `build/` without regenerating the Caddy
 * configuration (`serve:config`) and restarting Caddy must not turn off the
 * page's JavaScript. A rebuild gives the bundles new hashed names; the old
 * inline loader carried those names, so its CSP hash changed with every
 * build and the served policy blocked it. The islands (the search page's
 * and the kennisbank's too) are external files (plugins/post-build/islands),
 * so the policy of the previous build still allows everything.
 *
 * Simulated here as such a rebuild looks to the server: a copy of the
 * production build in which every hashed script has a new name (its
 * references in pages and scripts rewritten), served by Caddy with the
 * configuration generated for the original build.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startCaddy, type RunningCaddy } from '../../scripts/serve/caddy';
import { generate } from '../../scripts/serve/generate';
import { pageScripts } from '../../scripts/serve/config';
import { expect, test } from '../support/fixtures';
import { HAVEN, HAVEN_TITLE } from '../support/site-content';

const BUILD = path.join(__dirname, '..', '..', 'build');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

/**
 * The app's entry scripts and every island file renamed (the hash reversed),
 * every reference rewritten. (The app's route chunks keep their names: the
 * webpack runtime builds those from ids and hashes, not from literal names.)
 */
function rebuildInPlace(dir: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const sub of ['assets/js', 'assets/islands']) {
    for (const file of readdirSync(path.join(dir, sub))) {
      if (sub === 'assets/js' && !/^(runtime~main|main)\./.test(file)) continue;
      const match = /^(.+[.-])([0-9a-fA-Z]{8,})(\.js)$/.exec(file);
      if (!match) continue;
      const renamed = `${match[1]}${[...match[2]].reverse().join('')}${match[3]}`;
      if (renamed === file) continue;
      renames.set(file, renamed);
      renameSync(path.join(dir, sub, file), path.join(dir, sub, renamed));
    }
  }
  for (const file of files(dir).filter((f) => /\.(html|js)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    let next = text;
    for (const [from, to] of renames) next = next.split(from).join(to);
    if (next !== text) writeFileSync(file, next);
  }
  return renames;
}

let work: string;
let server: RunningCaddy;
let url: string;

test.beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'rebuild-'));
  const served = path.join(work, 'build');
  // The configuration Caddy was started with: that of the build before.
  const config = generate(BUILD, path.join(work, 'caddy')).outDir;
  cpSync(BUILD, served, { recursive: true });
  const renames = rebuildInPlace(served);
  expect(renames.size).toBeGreaterThan(3);
  server = await startCaddy({ siteRoot: served, generatedDir: config, port: await freePort() });
  url = server.url;
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

test('the rebuilt pages carry the same inline scripts as the build before', () => {
  const inline = (dir: string): Set<string> =>
    new Set(
      files(dir)
        .filter((f) => f.endsWith('.html'))
        .flatMap((f) => pageScripts(readFileSync(f, 'utf8')).inline),
    );
  expect(inline(path.join(work, 'build'))).toEqual(inline(BUILD));
});

test('after the rebuild, menu, search and the kennisbank islands still run under the old policy', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url + HAVEN, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HAVEN_TITLE);
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Zoeken' }).click();
  await page.keyboard.type('wereldstekker');
  await expect(page.getByRole('option').first()).toContainText(HAVEN_TITLE);

  // The search page's island renders the results of the URL's query.
  await page.goto(url + '/zoeken?q=wereldstekker');
  await expect(page.getByRole('main').getByRole('link', { name: HAVEN_TITLE })).toBeVisible();

  // A kennisbank page has islands too: its tabs work.
  await page.goto(url + '/kennisbank/bijdragen/onderdelen', { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.dataset.islands === 'ready');
  const tab = page.getByRole('tablist').first().getByRole('tab').nth(1);
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  expect(violations).toEqual([]);
});
