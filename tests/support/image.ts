/**
 * The production container image without a container engine: reads the
 * Dockerfile with a real parser (dockerfile-ast), lays the files out in a
 * temporary root exactly as its final stage's COPY lines say, and starts
 * Debian's Caddy with the final stage's CMD, ENV and USER, so the server tests
 * (tests/browser/server.spec.ts) run against the image's configuration.
 *
 * What the simulation takes as given, and why that is sound:
 * - Files `COPY --from=build /app/<path>` come from `<path>` in the repository
 *   after `npm run build`: the build stage works in WORKDIR /app, copies the
 *   whole context (`COPY . .`) and runs `npm run build`, which is checked here.
 * - The base image provides a world-writable /tmp (every Caddy image does) and
 *   the `caddy` binary; ours is Debian's, so the Caddy version differs from the
 *   image's (the Caddyfile is kept to what Caddy 2.6 understands).
 * - An absolute path in CMD or ENV is a path in the image: it is looked up
 *   under the temporary root.
 * - The listening port is a free one instead of the image's 8080 (other test
 *   runs share this machine); the Dockerfile's PORT and EXPOSE are checked to
 *   be 8080. Everything else (bind address, user, environment) is the image's.
 * Running as root, Caddy runs as the image's user (setpriv); otherwise the
 * files are checked to be readable by that user.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { findCaddy, freePort, superviseCaddy } from '../../scripts/serve/caddy';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface CopyLine {
  /** Build stage the files come from; undefined for the build context. */
  from?: string;
  sources: string[];
  dest: string;
  chown?: string;
}

export interface Stage {
  name?: string;
  /** Base image, with build arguments filled in. */
  image: string;
  workdir: string;
  env: Record<string, string>;
  copies: CopyLine[];
  /** Shell commands of RUN lines, as written. */
  runs: string[];
  user?: string;
  cmd?: string[];
  expose: number[];
  healthcheck?: { cmd: string[]; options: Record<string, string> };
}

/** Replaces `${NAME}` and `$NAME` with known values; unknown names stay as they are. */
function substitute(value: string, vars: Record<string, string>): string {
  return value.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (whole, a: string, b: string) => vars[a ?? b] ?? whole,
  );
}

function jsonArray(text: string, what: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((s) => typeof s === 'string')) {
    throw new Error(`Dockerfile: ${what} must be a JSON array of strings (exec form)`);
  }
  return parsed as string[];
}

function flagsOf(instruction: Instruction): Record<string, string> {
  const withFlags = instruction as Instruction & {
    getFlags?: () => Array<{ getName(): string; getValue(): string | null }>;
  };
  return Object.fromEntries(
    (withFlags.getFlags?.() ?? []).map((flag) => [flag.getName(), flag.getValue() ?? '']),
  );
}

/** The stages of a Dockerfile, in order, with what the simulation needs of each. */
export function readDockerfile(file = path.join(ROOT, 'Dockerfile')): Stage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(file, 'utf8'));
  const args: Record<string, string> = {};
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    if (property?.getValue()) args[property.getName()] = property.getValue()!;
  }
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    const words = instruction.getArguments().map((a) => a.getValue());
    if (keyword === 'FROM') {
      stage = {
        image: substitute(words[0], args),
        name: words[1]?.toUpperCase() === 'AS' ? words[2] : undefined,
        workdir: '/',
        env: {},
        copies: [],
        runs: [],
        expose: [],
      };
      stages.push(stage);
      continue;
    }
    if (!stage) continue;
    const vars = { ...args, ...stage.env };
    const flags = flagsOf(instruction);
    switch (keyword) {
      case 'WORKDIR':
        stage.workdir = path.posix.resolve(stage.workdir, substitute(words[0], vars));
        break;
      case 'ENV':
        for (const property of (
          instruction as unknown as {
            getProperties(): Array<{ getName(): string; getValue(): string | null }>;
          }
        ).getProperties()) {
          stage.env[property.getName()] = substitute(property.getValue() ?? '', vars);
        }
        break;
      case 'ARG': {
        const [name, value] = words[0].split('=');
        if (value !== undefined) args[name] = value;
        break;
      }
      case 'COPY': {
        const parts = words.map((w) => substitute(w, vars));
        stage.copies.push({
          from: flags.from,
          sources: parts.slice(0, -1),
          dest: path.posix.resolve(stage.workdir, parts[parts.length - 1]),
          chown: flags.chown,
        });
        break;
      }
      case 'RUN':
        stage.runs.push(instruction.getArgumentsContent() ?? '');
        break;
      case 'USER':
        stage.user = substitute(words[0], vars);
        break;
      case 'EXPOSE':
        stage.expose.push(...words.map((w) => Number.parseInt(w, 10)));
        break;
      case 'CMD':
        stage.cmd = jsonArray(instruction.getArgumentsContent() ?? '', 'CMD');
        break;
      case 'HEALTHCHECK': {
        const content = instruction.getArgumentsContent() ?? '';
        const match = /(?:^|\s)CMD\s+(\[.*\])\s*$/s.exec(content);
        if (!match) throw new Error('Dockerfile: HEALTHCHECK must be `CMD [...]` in exec form');
        stage.healthcheck = { cmd: jsonArray(match[1], 'HEALTHCHECK CMD'), options: flags };
        break;
      }
      default:
        break;
    }
  }
  return stages;
}

/** The image's user as numbers; names are not resolvable without the image's /etc/passwd. */
export function userIds(user: string | undefined): { uid: number; gid: number } {
  const match = /^(\d+)(?::(\d+))?$/.exec(user ?? '');
  if (!match) throw new Error(`Dockerfile: USER must be numeric (uid:gid), not "${user ?? ''}"`);
  return { uid: Number(match[1]), gid: Number(match[2] ?? match[1]) };
}

/** Whether .dockerignore keeps a context path out of the build context. */
export function dockerIgnored(relative: string, ignore: string[]): boolean {
  let ignored = false;
  for (const raw of ignore) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    const pattern = (negate ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
    const regex = new RegExp(
      '^' +
        pattern
          .split('**')
          .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
          .join('.*') +
        '(?:/.*)?$',
    );
    if (regex.test(relative)) ignored = !negate;
  }
  return ignored;
}

/** The build stage the final stage copies from, checked to build the repository as `npm run build` does here. */
function buildStage(stages: Stage[], name: string): Stage {
  const stage = stages.find((s) => s.name === name);
  if (!stage) throw new Error(`Dockerfile: COPY --from=${name} names no stage`);
  const copiesContext = stage.copies.some(
    (c) => !c.from && c.sources.length === 1 && c.sources[0] === '.' && c.dest === stage.workdir,
  );
  if (!copiesContext || !stage.runs.some((run) => /\bnpm run build\b/.test(run))) {
    throw new Error(
      `Dockerfile: stage ${name} must copy the whole context into its WORKDIR and run \`npm run build\``,
    );
  }
  return stage;
}

/**
 * Lays out the final stage's files under `rootfs` as its COPY lines say
 * (a directory source copies its contents), owned as COPY would own them.
 * Returns every path written.
 */
export function layOutImage(stages: Stage[], rootfs: string, context = ROOT): string[] {
  const final = stages[stages.length - 1];
  const ignore = existsSync(path.join(context, '.dockerignore'))
    ? readFileSync(path.join(context, '.dockerignore'), 'utf8').split('\n')
    : [];
  const written: string[] = [];
  // The base image's world-writable /tmp.
  mkdirSync(path.join(rootfs, 'tmp'), { recursive: true });
  chmodSync(path.join(rootfs, 'tmp'), 0o1777);
  for (const copy of final.copies) {
    for (const source of copy.sources) {
      let local: string;
      if (copy.from) {
        const stage = buildStage(stages, copy.from);
        const relative = path.posix.relative(stage.workdir, source);
        if (relative.startsWith('..')) {
          throw new Error(`Dockerfile: ${source} lies outside the build stage's ${stage.workdir}`);
        }
        local = path.join(context, relative);
      } else {
        if (dockerIgnored(source, ignore)) {
          throw new Error(
            `Dockerfile: COPY ${source} is excluded from the context by .dockerignore`,
          );
        }
        local = path.join(context, source);
      }
      if (!existsSync(local)) {
        throw new Error(
          `Dockerfile: COPY ${source}: ${path.relative(context, local)} does not exist (build first)`,
        );
      }
      const target = path.join(rootfs, copy.dest);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(local, target, { recursive: true });
      written.push(target);
    }
  }
  // COPY makes files root's unless --chown says otherwise; only root can do that here.
  if (process.getuid?.() === 0) {
    for (const copy of final.copies) {
      const { uid, gid } = copy.chown ? userIds(copy.chown) : { uid: 0, gid: 0 };
      for (const file of walk(path.join(rootfs, copy.dest))) chownSync(file, uid, gid);
    }
  }
  return written;
}

function* walk(file: string): Generator<string> {
  yield file;
  if (lstatSync(file).isDirectory()) {
    for (const entry of readdirSync(file)) yield* walk(path.join(file, entry));
  }
}

/** Files under `dir` the user could not read (or directories it could not enter). */
export function unreadableBy(dir: string, uid: number, gid: number): string[] {
  const problems: string[] = [];
  for (const file of walk(dir)) {
    const stat = statSync(file);
    const bits =
      stat.uid === uid
        ? (stat.mode >> 6) & 7
        : stat.gid === gid
          ? (stat.mode >> 3) & 7
          : stat.mode & 7;
    const need = stat.isDirectory() ? 5 : 4;
    if ((bits & need) !== need) problems.push(file);
  }
  return problems;
}

/** An absolute path in the image, under the temporary root. */
function inImage(rootfs: string, value: string): string {
  return value.startsWith('/') ? path.join(rootfs, value) : value;
}

export interface RunningImage {
  url: string;
  process: ChildProcess;
  /** The health check's command as it was run, and its exit code. */
  health: { command: string[]; status: number | null };
  stop: () => Promise<void>;
}

/** Lays out the image from the Dockerfile and starts it with Debian's Caddy. */
export async function startImage(
  dockerfile = path.join(ROOT, 'Dockerfile'),
  context = ROOT,
): Promise<RunningImage> {
  const stages = readDockerfile(dockerfile);
  const final = stages[stages.length - 1];
  if (!final.cmd || final.cmd[0] !== 'caddy') {
    throw new Error('Dockerfile: the final stage must run `caddy` (CMD ["caddy", …])');
  }
  const { uid, gid } = userIds(final.user);
  if (uid === 0) throw new Error('Dockerfile: the final stage must not run as root (USER)');
  const imagePort = Number(final.env.PORT);
  if (!(imagePort > 1024) || !final.expose.includes(imagePort)) {
    throw new Error(`Dockerfile: PORT (${final.env.PORT}) must be above 1024 and EXPOSEd`);
  }
  const rootfs = mkdtempSync(path.join(tmpdir(), 'image-'));
  chmodSync(rootfs, 0o755);
  const removeRoot = (): void => rmSync(rootfs, { recursive: true, force: true });
  try {
    layOutImage(stages, rootfs, context);
    const unreadable = final.copies.flatMap((copy) =>
      unreadableBy(path.join(rootfs, copy.dest), uid, gid),
    );
    if (unreadable.length > 0) {
      throw new Error(
        `The image's user ${uid}:${gid} cannot read:\n  ${unreadable.slice(0, 10).join('\n  ')}`,
      );
    }
  } catch (error) {
    removeRoot();
    throw error;
  }
  const port = await freePort();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  for (const [name, value] of Object.entries(final.env)) env[name] = inImage(rootfs, value);
  env.PORT = String(port);
  env.HOME = path.join(rootfs, 'tmp');
  const caddy = findCaddy();
  const command = [caddy, ...final.cmd.slice(1).map((arg) => inImage(rootfs, arg))];
  const asImageUser =
    process.getuid?.() === 0
      ? ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups']
      : [];
  const [program, ...args] = [...asImageUser, ...command];
  const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  const { stop } = await superviseCaddy(child, url, {
    label: "The image's Caddy",
    cleanup: removeRoot,
  });
  // The health check as Docker runs it, on the port the simulation uses.
  const healthCommand = (final.healthcheck?.cmd ?? []).map((arg) =>
    arg.replace(`:${imagePort}/`, `:${port}/`),
  );
  const health =
    healthCommand.length > 0
      ? spawnSync(healthCommand[0], healthCommand.slice(1), { timeout: 10_000 })
      : { status: null };
  return { url, process: child, health: { command: healthCommand, status: health.status }, stop };
}
