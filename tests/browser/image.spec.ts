/**
 * The production server as the container image runs it (SERVER=image, see
 * tests/support/image.ts): the Dockerfile's user, address and health check.
 * The server tests (server.spec.ts) run against the same server in that run.
 * Only that run includes this file (playwright.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../../scripts/serve/caddy';
import { expect, test } from '../support/fixtures';
import { readDockerfile, userIds } from '../support/image';

const final = readDockerfile().at(-1)!;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run with SERVER=image.`);
  return value;
}

test("Caddy runs as the image's unprivileged user", () => {
  const status = readFileSync(`/proc/${required('IMAGE_PID')}/status`, 'utf8');
  const uids = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status);
  const { uid } = userIds(final.user);
  expect(uid).not.toBe(0);
  // As root the test switches to the image's user; otherwise Caddy runs as the tester.
  expect(Number(uids?.[1])).toBe(process.getuid?.() === 0 ? uid : process.getuid?.());
});

test("Caddy listens on the image's address, all interfaces", ({ prod }) => {
  expect(final.env.BIND).toBe('0.0.0.0');
  const port = Number(new URL(prod).port).toString(16).toUpperCase().padStart(4, '0');
  /** Listening sockets of the network namespace, as "address:port" in hex. */
  const listening = (table: string): string[] =>
    readFileSync(`/proc/${required('IMAGE_PID')}/net/${table}`, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === '0A')
      .map((cols) => cols[1]);
  // Go listens on 0.0.0.0 with one dual-stack socket on [::] where IPv6 is there.
  const wildcard = [`00000000:${port}`, `${'0'.repeat(32)}:${port}`];
  const sockets = [...listening('tcp'), ...listening('tcp6')];
  expect(sockets.filter((s) => wildcard.includes(s))).toHaveLength(1);
  expect(sockets).not.toContain(`0100007F:${port}`);
});

test("the image's HEALTHCHECK passes against the running server, and fails without it", async ({
  prod,
}) => {
  const command = required('IMAGE_HEALTH').split(' ');
  expect(command.join(' ')).toBe(
    final.healthcheck!.cmd.join(' ').replace(':8080/', `:${new URL(prod).port}/`),
  );
  expect(spawnSync(command[0], command.slice(1), { timeout: 10_000 }).status).toBe(0);
  // The same check against a port nothing listens on fails: it is a real check.
  const unused = await freePort();
  const closed = command.map((arg) => arg.replace(/:\d+\//, `:${unused}/`));
  expect(spawnSync(closed[0], closed.slice(1), { timeout: 10_000 }).status).not.toBe(0);
});
