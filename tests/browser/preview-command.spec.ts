/**
 * `npm run preview` as an author runs it: the preview build (drafts
 * included) served by Caddy with the production Caddyfile. The build itself
 * is npm test's build:preview stage, so the command runs with --geen-build
 * here; everything after the build is the command's own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { freePort } from '../../scripts/serve/caddy';
import { expect, test } from '../support/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const DRAFT = '/blog/2025/07/15/nederlandse-digitaliseringsstrategie';

let server: ChildProcess | undefined;
let url = '';

test.beforeAll(async () => {
  const port = await freePort();
  server = spawn('npm', ['run', '--silent', 'preview', '--', '--geen-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run preview: ${output}`)), 30_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /draait op (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server?.stdout?.on('data', read);
    server?.stderr?.on('data', read);
    server?.once('exit', (code) => reject(new Error(`npm run preview ended (${code}): ${output}`)));
  });
  expect(url).toBe(`http://localhost:${port}`);
});

test.afterAll(() => {
  // The whole process group: npm, tsx and Caddy.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('npm run preview serves the drafts with the production headers', async ({ page }) => {
  const response = await page.goto(url + DRAFT);
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  await expect(page.getByRole('note', { name: 'Concept' })).toContainText('nog niet gepubliceerd');
  const missing = await page.goto(`${url}/bestaat-niet`);
  expect(missing?.status()).toBe(404);
});
