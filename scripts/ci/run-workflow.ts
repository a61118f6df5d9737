/**
 * Runs a GitHub workflow's steps on this machine, in order, and times them:
 *
 *   npm run ci:pr                                   # .github/workflows/pr.yml
 *   npx tsx scripts/ci/run-workflow.ts .github/workflows/deploy.yml
 *
 * Run it in a fresh clone: that is what a pull request's runner starts from.
 * `run:` steps run as GitHub runs them (`bash -eo pipefail`, CI and
 * GITHUB_ACTIONS set, $GITHUB_ENV honoured, `sudo` passed through when we are
 * root). Of the `uses:` steps, setup-node is done for real (the Node of
 * node-version-file, from the npm registry's `node` package); the checkout is
 * the clone itself; caches start empty, as on a first run; an upload checks
 * that its path is there and reports its size. Prints a table with each
 * step's time and the moment the content annotations were ready.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}

interface Result {
  name: string;
  seconds: number;
  status: 'ok' | 'failed' | 'skipped';
  note?: string;
}

const ROOT = process.cwd();

/** The `if:` expressions the workflows use; anything else is refused rather than guessed. */
export function condition(expression: string | undefined, failed: boolean): boolean {
  if (!expression) return !failed;
  const inner = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  return inner.split(/\s*&&\s*/).every((term) => {
    if (term === '!cancelled()' || term === 'always()') return true;
    if (term === 'failure()') return failed;
    if (term === 'success()') return !failed;
    const files = /^hashFiles\('([^']+)'\)\s*!=\s*''$/.exec(term);
    if (files) return existsSync(path.join(ROOT, files[1]));
    throw new Error(`run-workflow: cannot evaluate "${term}"`);
  });
}

/** The directory of the `node` binary of a version, from the npm registry's `node` package. */
function nodeBinDir(version: string): string {
  const exec = execFileSync(
    'npx',
    ['-y', '-p', `node@${version}`, 'node', '-p', 'process.execPath'],
    {
      encoding: 'utf8',
    },
  ).trim();
  return path.dirname(exec);
}

function readEnvFile(file: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) vars[match[1]] = match[2];
  }
  writeFileSync(file, '');
  return vars;
}

function main(): number {
  const file = process.argv[2] ?? '.github/workflows/pr.yml';
  const workflow = parse(readFileSync(path.join(ROOT, file), 'utf8')) as {
    jobs: Record<string, { name?: string; steps: Step[] }>;
  };
  const [jobId, job] = Object.entries(workflow.jobs)[0];
  const temp = mkdtempSync(path.join(tmpdir(), 'workflow-'));
  const envFile = path.join(temp, 'env');
  writeFileSync(envFile, '');
  const shims = path.join(temp, 'bin');
  execFileSync('mkdir', ['-p', shims]);
  if (process.getuid?.() === 0) {
    // Root needs no sudo, and a fresh machine may not have it.
    writeFileSync(path.join(shims, 'sudo'), '#!/bin/sh\nexec "$@"\n');
    chmodSync(path.join(shims, 'sudo'), 0o755);
  }
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ENV: envFile,
    GITHUB_WORKSPACE: ROOT,
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
    PATH: `${shims}:${process.env.PATH ?? ''}`,
  };
  console.log(`${file}, job ${job.name ?? jobId}: ${job.steps.length} steps\n`);
  const results: Result[] = [];
  const started = Date.now();
  let failed = false;
  let annotationsAt: number | undefined;
  for (const step of job.steps) {
    const name = step.name ?? step.uses?.replace(/@.*/, '') ?? step.run ?? '?';
    const t0 = Date.now();
    const result = (status: Result['status'], note?: string): void => {
      results.push({ name, seconds: (Date.now() - t0) / 1000, status, note });
    };
    if (!condition(step.if, failed)) {
      result('skipped', `if: ${step.if ?? 'success()'}`);
      continue;
    }
    console.log(`\n=== ${name}`);
    if (step.run) {
      if (step.run.includes('${{')) throw new Error(`run-workflow: expression in "${name}"`);
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
        cwd: ROOT,
        env,
        stdio: 'inherit',
      });
      Object.assign(env, readEnvFile(envFile));
      const ok = run.status === 0;
      if (!ok) failed = true;
      result(ok ? 'ok' : 'failed', ok ? undefined : `exit ${run.status ?? run.signal}`);
      if (step.run === 'npm run check:content') annotationsAt = (Date.now() - started) / 1000;
      continue;
    }
    const action = step.uses?.replace(/@.*/, '') ?? '';
    if (action === 'actions/setup-node') {
      const wanted = step.with?.['node-version-file']
        ? readFileSync(path.join(ROOT, String(step.with['node-version-file'])), 'utf8').trim()
        : String(step.with?.['node-version'] ?? '');
      const dir = nodeBinDir(wanted);
      env.PATH = `${dir}:${env.PATH}`;
      const version = execFileSync(path.join(dir, 'node'), ['--version'], {
        encoding: 'utf8',
      }).trim();
      console.log(`Node ${version} from the npm registry (${dir})`);
      result('ok', `Node ${version}`);
    } else if (action === 'actions/checkout') {
      result('ok', 'this clone');
    } else if (action === 'actions/cache') {
      result('ok', 'empty, as on a first run');
    } else if (action === 'actions/upload-artifact') {
      const target = path.join(ROOT, String(step.with?.path ?? ''));
      if (!existsSync(target)) {
        failed = true;
        result('failed', `${String(step.with?.path)} is missing`);
      } else {
        const size = execFileSync('du', ['-sh', target], { encoding: 'utf8' }).split('\t')[0];
        result('ok', `${String(step.with?.name)}: ${String(step.with?.path)} (${size})`);
      }
    } else {
      result('skipped', 'not run here');
    }
  }
  rmSync(temp, { recursive: true, force: true });
  const total = (Date.now() - started) / 1000;
  console.log('\n=== steps');
  for (const r of results) {
    console.log(
      `${r.status === 'ok' ? '✓' : r.status === 'failed' ? '✗' : '-'} ${r.name.padEnd(32)} ${r.seconds.toFixed(1).padStart(7)} s${r.note ? `  ${r.note}` : ''}`,
    );
  }
  if (annotationsAt !== undefined) {
    console.log(`content annotations after ${annotationsAt.toFixed(0)} s`);
  }
  console.log(
    `whole verdict after ${total.toFixed(0)} s (${(total / 60).toFixed(1)} min): ${failed ? 'failed' : 'passed'}`,
  );
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main());
