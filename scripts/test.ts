/**
 * `npm test`: every check, in order, each stage reported; exits non-zero when
 * any stage fails. Later stages still run after a failure where they can, so
 * one run shows every problem. The last line is `N passed, N failed`.
 *
 * `npm test -- --skip content-check` leaves a stage out (named with dashes
 * for spaces), for a caller that ran it as a step of its own: the
 * pull-request workflow checks the content first, for early annotations.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** JSON report the stage writes, to count its test cases. */
  report?: { file: string; kind: 'vitest' | 'playwright' };
  /** Stages that must have passed for this one to make sense. */
  needs?: string[];
}

interface Counts {
  passed: number;
  failed: number;
}

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, 'test-results');

export const STAGES: Stage[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  // No import cycles in plugins/, src/ and scripts/ (.madgerc: runtime imports).
  { name: 'import cycles', command: ['npm', 'run', 'check:cycles'] },
  {
    name: 'unit',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/unit.json',
    ],
    report: { file: 'unit.json', kind: 'vitest' },
  },
  // Every file: a clean clone of main has no changed files to report on.
  { name: 'content check', command: ['npm', 'run', 'check:content', '--', '--alle'] },
  // `npm run build` is `docusaurus build`: the search index and the Caddy
  // configuration are steps of the build itself (plugins/post-build).
  { name: 'build', command: ['npm', 'run', 'build'] },
  { name: 'build:preview', command: ['npm', 'run', 'build:preview'] },
  {
    name: 'build tests',
    command: [
      'npx',
      'vitest',
      'run',
      '-c',
      'vitest.build.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=test-results/build.json',
    ],
    report: { file: 'build.json', kind: 'vitest' },
    needs: ['build', 'build:preview'],
  },
  {
    name: 'browser tests',
    command: ['npx', 'playwright', 'test'],
    report: { file: 'playwright.json', kind: 'playwright' },
    needs: ['build', 'build:preview'],
  },
  // The server tests once more, against the production container image as the
  // Dockerfile lays it out and runs it (tests/support/image.ts).
  {
    name: 'image',
    command: [
      'npx',
      'playwright',
      'test',
      'tests/browser/image.spec.ts',
      'tests/browser/server.spec.ts',
      '--grep-invert',
      'preview build',
      '--reporter=list,json',
    ],
    env: { SERVER: 'image', PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/image.json' },
    report: { file: 'image.json', kind: 'playwright' },
    needs: ['build', 'build:preview'],
  },
];

/** The name a stage goes by on the command line: `content check` is `content-check`. */
export function stageId(stage: Stage): string {
  return stage.name.replace(/[\s:]+/g, '-');
}

/** Stage ids given with `--skip <id>` or `--skip=<id>`; an unknown id is an error. */
export function skippedStages(argv: readonly string[]): Set<string> {
  const skip = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value =
      arg === '--skip' ? argv[++i] : arg.startsWith('--skip=') ? arg.slice(7) : undefined;
    if (value === undefined) throw new Error(`Unknown argument: ${arg}`);
    if (!STAGES.some((stage) => stageId(stage) === value)) {
      throw new Error(`--skip ${value}: no such stage (${STAGES.map(stageId).join(', ')})`);
    }
    skip.add(value);
  }
  return skip;
}

function countReport(stage: Stage): Counts | undefined {
  if (!stage.report) return undefined;
  const file = path.join(RESULTS, stage.report.file);
  if (!existsSync(file)) return undefined;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (stage.report.kind === 'vitest') {
    const r = data as { numPassedTests: number; numFailedTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  }
  const r = data as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
}

function main(argv: readonly string[]): number {
  const skip = skippedStages(argv);
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const outcome = new Map<string, boolean>();
  const total: Counts = { passed: 0, failed: 0 };
  const lines: string[] = [];
  for (const stage of STAGES) {
    if (skip.has(stageId(stage))) {
      // Counted neither way: the caller ran it on its own.
      outcome.set(stage.name, true);
      lines.push(`- ${stage.name}: skipped (--skip ${stageId(stage)})`);
      continue;
    }
    const blocked = (stage.needs ?? []).filter((n) => outcome.get(n) !== true);
    if (blocked.length > 0) {
      outcome.set(stage.name, false);
      total.failed += 1;
      lines.push(`✗ ${stage.name}: not run, because ${blocked.join(', ')} failed`);
      continue;
    }
    console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
    const started = Date.now();
    const [cmd, ...args] = stage.command;
    const result = spawnSync(cmd, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...stage.env },
    });
    const ok = result.status === 0;
    outcome.set(stage.name, ok);
    const counted = countReport(stage);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (counted) {
      // A runner that ran no test at all is a failure, not a pass.
      const empty = counted.passed + counted.failed === 0;
      total.passed += counted.passed;
      total.failed += counted.failed + (ok && !empty ? 0 : counted.failed === 0 ? 1 : 0);
      lines.push(
        `${ok && !empty ? '✓' : '✗'} ${stage.name}: ${counted.passed} passed, ${counted.failed} failed (${seconds} s)`,
      );
    } else {
      total[ok ? 'passed' : 'failed'] += 1;
      lines.push(`${ok ? '✓' : '✗'} ${stage.name} (${seconds} s)`);
    }
  }
  console.log('\n=== summary');
  for (const line of lines) console.log(line);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 ? 0 : 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
