import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkContent } from '../../scripts/check-content/index';
import { FIXTURES, fixtureNames, materialize } from './helpers/fixtures';

const NOW = new Date('2026-01-01T12:00:00Z');
const made: string[] = [];

afterAll(() => {
  for (const root of made) {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

async function check(kind: 'good' | 'bad', name: string) {
  const { root, expectation } = materialize(path.join(FIXTURES, kind, name));
  made.push(root);
  const ownKeys = fs.existsSync(path.join(root, 'blog', 'authors.yml'));
  const result = await checkContent({
    rootDir: root,
    now: NOW,
    authorsFile: ownKeys ? undefined : path.join(FIXTURES, 'authors.yml'),
    tagsFile: ownKeys ? undefined : path.join(FIXTURES, 'tags.yml'),
  });
  return { result, expectation };
}

describe('bad fixtures: each yields exactly its rule at the right place', () => {
  it.each(fixtureNames('bad'))('%s', async (name) => {
    const { result, expectation } = await check('bad', name);
    const found = result.problems.map(({ rule, file, line, column }) => ({
      rule,
      file,
      line,
      column,
    }));
    expect(found).toHaveLength(expectation.count ?? 1);
    expect(new Set(found.map((one) => one.rule))).toEqual(new Set([expectation.rule]));
    expect(found[0]).toMatchObject({
      rule: expectation.rule,
      file: expectation.file,
      line: expectation.line,
      ...(expectation.column ? { column: expectation.column } : {}),
    });
    expect(result.problems[0].message.length).toBeGreaterThan(20);
  });
});

describe('good fixtures yield no problems', () => {
  it.each(fixtureNames('good'))('%s', async (name) => {
    const { result } = await check('good', name);
    expect(result.problems).toEqual([]);
    expect(result.filesChecked).toBeGreaterThan(0);
  });
});
