/**
 * Starting and stopping Caddy with the repository's `Caddyfile`, for
 * `npm run serve:prod` and for the browser tests. Caddy runs without its admin
 * endpoint and keeps its data and config directories in a fresh temporary
 * directory, so it writes nothing to the home directory.
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CADDYFILE = path.resolve(__dirname, '..', '..', 'Caddyfile');

export interface CaddyOptions {
  /** The build directory to serve. */
  siteRoot: string;
  /** Directory with the generated csp.caddy and redirects.caddy. */
  generatedDir: string;
  port: number;
  /** Address to listen on; loopback by default. */
  bind?: string;
  stdio?: StdioOptions;
  /** The `caddy` binary; `CADDY` or `caddy` on the PATH by default. */
  binary?: string;
}

export interface RunningCaddy {
  process: ChildProcess;
  url: string;
  /** Stops Caddy and removes its temporary directory. */
  stop: () => Promise<void>;
}

/** The caddy binary to run, or an error that says how to install it. */
export function findCaddy(env: NodeJS.ProcessEnv = process.env): string {
  const binary = env.CADDY || 'caddy';
  const probe = spawnSync(binary, ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Caddy is not installed (tried \`${binary} version\`): the site is served and tested with ` +
        "Debian's caddy. Install it with `apt-get install -y caddy`, or set CADDY to its path.",
    );
  }
  return binary;
}

/** A free TCP port on the loopback interface. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits until a started Caddy answers HTTP on `url`, and returns how to stop it.
 * Rejects with Caddy's output if it exits first or does not answer within 15 s;
 * `cleanup` runs after Caddy stopped, in every case.
 */
export async function superviseCaddy(
  child: ChildProcess,
  url: string,
  { label, cleanup }: { label: string; cleanup: () => void },
): Promise<RunningCaddy> {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const stop = async (): Promise<void> => {
    if (running()) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!running()) {
      cleanup();
      throw new Error(`${label} stopped before it served:\n${output}`);
    }
    try {
      const res = await fetch(url + '/', { redirect: 'manual' });
      await res.arrayBuffer();
      return { process: child, url, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`${label} did not answer on ${url} within 15 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts Caddy; resolves once it answers HTTP, rejects with its output if it exits first. */
export async function startCaddy(options: CaddyOptions): Promise<RunningCaddy> {
  const binary = options.binary ?? findCaddy();
  const bind = options.bind ?? '127.0.0.1';
  const home = mkdtempSync(path.join(tmpdir(), 'caddy-'));
  const child = spawn(binary, ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      SITE_ROOT: path.resolve(options.siteRoot),
      CADDY_GENERATED: path.resolve(options.generatedDir),
      PORT: String(options.port),
      BIND: bind,
      XDG_DATA_HOME: path.join(home, 'data'),
      XDG_CONFIG_HOME: path.join(home, 'config'),
      HOME: home,
    },
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  const host = bind.includes(':') ? `[${bind}]` : bind;
  return superviseCaddy(child, `http://${host}:${options.port}`, {
    label: `Caddy serving ${options.siteRoot}`,
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  });
}
