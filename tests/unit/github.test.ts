/**
 * The GitHub configuration: every workflow parses, every `npm run X` it
 * calls exists, the pull-request workflow installs with `npm ci`, checks the
 * content, builds, tests and keeps the preview; the issue form offers
 * exactly the tags of blog/tags.yml.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: unknown;
  jobs: Record<string, { steps?: Step[] }>;
}

function workflow(name: string): Workflow {
  return parse(fs.readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow;
}

function runLines(flow: Workflow): string[] {
  return Object.values(flow.jobs)
    .flatMap((job) => job.steps ?? [])
    .flatMap((step) => (step.run ? step.run.split('\n') : []))
    .map((line) => line.trim())
    .filter(Boolean);
}

const scripts = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

const files = fs.readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

describe('GitHub workflows', () => {
  it('exist: one for pull requests, one for deploying', () => {
    expect(files).toEqual(expect.arrayContaining(['pr.yml', 'deploy.yml']));
  });

  it.each(files)('%s parses and calls only existing npm scripts', (name) => {
    const flow = workflow(name);
    expect(flow.jobs).toBeTypeOf('object');
    for (const line of runLines(flow)) {
      for (const match of line.matchAll(/npm run ([\w:.-]+)/g)) {
        expect(scripts, `${name}: ${line}`).toHaveProperty(match[1]);
      }
      if (/\bnpm (test|t)\b/.test(line)) {
        expect(scripts).toHaveProperty('test');
      }
    }
  });

  it('pull requests: npm ci, content check, build, npm test, preview kept as artifact', () => {
    const flow = workflow('pr.yml');
    const lines = runLines(flow);
    expect(lines).toContain('npm ci');
    expect(lines).toContain('npm run check:content');
    expect(lines).toContain('npm run build');
    expect(lines).toContain('npm test');
    expect(lines).toContain('npm run build:preview');
    expect(lines.indexOf('npm ci')).toBeLessThan(lines.indexOf('npm run check:content'));
    const upload = Object.values(flow.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('build-preview/');
  });

  it('deploy: checks the content before building and deploys to Pages with the configured URL', () => {
    const text = fs.readFileSync(path.join(WORKFLOWS, 'deploy.yml'), 'utf8');
    const lines = runLines(workflow('deploy.yml'));
    expect(lines).toEqual(['npm ci', 'npm run check:content', 'npm run build']);
    expect(text).toContain('actions/deploy-pages@');
    expect(text).toContain('vars.SITE_URL');
  });
});

describe('issue form and dependabot', () => {
  it('the blog idea form parses and offers exactly the tags of blog/tags.yml', () => {
    const form = parse(
      fs.readFileSync(path.join(ROOT, '.github', 'ISSUE_TEMPLATE', 'blog-idee.yml'), 'utf8'),
    ) as { body: Array<{ id?: string; attributes: { options?: unknown[] } }> };
    const tags = Object.keys(
      parse(fs.readFileSync(path.join(ROOT, 'blog', 'tags.yml'), 'utf8')) as object,
    );
    const dropdown = form.body.find((field) => field.id === 'tags');
    expect([...(dropdown?.attributes.options ?? [])].sort()).toEqual([...tags].sort());
  });

  it('dependabot watches npm and GitHub Actions', () => {
    const config = parse(fs.readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: Array<{ 'package-ecosystem': string }>;
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
  });
});
